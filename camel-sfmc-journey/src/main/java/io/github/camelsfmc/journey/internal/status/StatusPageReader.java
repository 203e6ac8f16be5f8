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
package io.github.camelsfmc.journey.internal.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.journey.model.SfmcJourneyException.SfmcAnswer;

/**
 * Reads one page of {@code GET /interaction/v1/async/events/status} through the API client (token, throttle and
 * retries as for every call), tells the {@link ServerClock} SFMC's time from the answer, and turns an error answer
 * into an {@link SfmcJourneyException}.
 */
final class StatusPageReader {

    static final String PATH = "/interaction/v1/async/events/status";
    private static final DateTimeFormatter QUERY_DATE = DateTimeFormatter.ISO_INSTANT;

    private final JourneyApiClient apiClient;
    private final ObjectMapper objectMapper;
    private final StatusQuery query;
    private final ServerClock serverClock;

    StatusPageReader(
            JourneyApiClient apiClient, ObjectMapper objectMapper, StatusQuery query, ServerClock serverClock) {
        this.apiClient = apiClient;
        this.objectMapper = objectMapper;
        this.query = query;
        this.serverClock = serverClock;
    }

    StatusPage read(String type, String requestId, StatusWindow window, int page) throws Exception {
        String pathAndQuery = PATH + "?eventDefinitionKey=" + encode(query.eventDefinitionKey())
                + "&type=" + encode(type)
                + (requestId != null ? "&requestId=" + encode(requestId) : "")
                + "&startDate=" + encode(QUERY_DATE.format(window.start()))
                + "&endDate=" + encode(QUERY_DATE.format(window.end()))
                + "&$page=" + page
                + "&$pageSize=" + query.pageSize();
        ApiResponse response;
        try {
            response = apiClient.get(pathAndQuery).get(query.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw SfmcCallFailure.forRoute(e) instanceof Exception failure ? failure : e;
        } catch (TimeoutException e) {
            // a GET enters no contact: asking again is safe
            throw SfmcJourneyException.notSent(
                    "No entry statuses from SFMC within " + query.callTimeout().toMillis() + " ms (" + PATH + ")",
                    List.of(),
                    e);
        }
        serverClock.observe(response.serverDate());
        if (!response.isSuccess()) {
            throw new ApiErrorTranslator()
                    .toFailure(response, query.eventDefinitionKey())
                    .toException(List.of());
        }
        StatusPage answer =
                StatusPage.read(response.bodyAs(objectMapper, JsonNode.class), objectMapper, query.dateZone());
        if (answer == null) {
            throw SfmcJourneyException.refused(
                    "SFMC answered " + PATH + " with HTTP " + response.statusCode()
                            + " but not with a JSON object; is restUrl pointing at the REST API?",
                    SfmcAnswer.status(response.statusCode()),
                    List.of());
        }
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
