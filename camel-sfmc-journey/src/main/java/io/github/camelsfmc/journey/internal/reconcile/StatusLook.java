/*
 * Copyright 2026 the camel-sfmc-journey authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelsfmc.journey.internal.reconcile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.internal.status.StatusItemFields;

/**
 * Asks {@code GET /interaction/v1/async/events/status} for the entries of one contact and event definition key from
 * a time on, reading at most {@link ReconcileSettings#MAX_STATUS_PAGES} pages. A failed call or an answer without an
 * {@code items} list fails the returned future: nothing was learnt.
 */
final class StatusLook {

    private static final String PATH = SfmcApi.STATUS.path();

    private final JourneyApiClient api;
    private final ObjectMapper objectMapper;
    private final ApiErrorTranslator errorTranslator;
    private final ServerTime serverTime;

    StatusLook(JourneyApiClient api, ObjectMapper objectMapper, ApiErrorTranslator errorTranslator, ServerTime time) {
        this.api = api;
        this.objectMapper = objectMapper;
        this.errorTranslator = errorTranslator;
        this.serverTime = time;
    }

    /** The items read, the time they were asked from, and whether every page was read. */
    record Answer(List<JsonNode> items, Instant from, boolean complete) {}

    /**
     * @param from the earliest time on SFMC's clock that counts; read again after the first answer, whose Date header
     *             may correct it: when it moved earlier, the contact is asked again from there (once); when it moved
     *             later, the items are judged from the later time
     */
    CompletableFuture<Answer> look(String contactKey, String key, Supplier<Instant> from) {
        Instant asked = from.get();
        return pages(contactKey, key, asked, 1, new ArrayList<>()).thenCompose(answer -> {
            Instant corrected = from.get();
            // items from an earlier time include those from a later one: only a correction backwards asks again
            return corrected.isBefore(asked)
                    ? pages(contactKey, key, corrected, 1, new ArrayList<>())
                    : CompletableFuture.completedFuture(new Answer(answer.items(), corrected, answer.complete()));
        });
    }

    private CompletableFuture<Answer> pages(
            String contactKey, String key, Instant from, int page, List<JsonNode> items) {
        String query = PATH + "?contactKey=" + encode(contactKey) + "&eventDefinitionKey=" + encode(key)
                + "&startDate=" + encode(from.truncatedTo(ChronoUnit.SECONDS).toString()) + "&$page=" + page
                + "&$pageSize="
                + ReconcileSettings.STATUS_PAGE_SIZE;
        return api.get(query).thenCompose(response -> {
            serverTime.observe(response.serverDate());
            JsonNode body = body(response, key);
            body.get("items").forEach(items::add);
            if (!morePages(body, page)) {
                return CompletableFuture.completedFuture(new Answer(items, from, true));
            }
            if (page >= ReconcileSettings.MAX_STATUS_PAGES || body.get("items").isEmpty()) {
                return CompletableFuture.completedFuture(new Answer(items, from, false));
            }
            return pages(contactKey, key, from, page + 1, items);
        });
    }

    private JsonNode body(ApiResponse response, String key) {
        if (!response.isSuccess()) {
            throw errorTranslator.toFailure(response, key);
        }
        JsonNode body = response.bodyAs(objectMapper, JsonNode.class);
        if (body == null || !body.path("items").isArray()) {
            // SFMC may leave items out before it picked a request up, or under load: that says nothing
            throw new IllegalStateException("SFMC answered HTTP " + response.statusCode() + " to " + PATH
                    + " without an items list, which tells nothing");
        }
        return body;
    }

    /** By SFMC's count and the page size it says it used; without a count, a full page may have a successor. */
    private static boolean morePages(JsonNode body, int page) {
        int returned = body.get("items").size();
        int pageSize = StatusItemFields.number(body.path("pageSize"), ReconcileSettings.STATUS_PAGE_SIZE);
        int count = StatusItemFields.number(body.path("count"), -1);
        if (count < 0 || pageSize <= 0) {
            return returned >= ReconcileSettings.STATUS_PAGE_SIZE;
        }
        return count > (long) page * pageSize;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
