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
package io.github.camelsfmc.journey.internal.entry;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.internal.payload.EntryEventResponse;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Enters one contact through {@code POST /interaction/v1/events}. The returned future never completes exceptionally:
 * the {@link Outcome} says whether SFMC queued the contact or why not.
 */
public final class SingleEntrySender {

    private final EntryPipeline pipeline;

    private static final String EVENTS_PATH = SfmcApi.EVENTS.path();

    public SingleEntrySender(EntryPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * What became of one contact: queued, with SFMC's {@code eventInstanceId} and any findings it was sent with, or
     * not, with the failure naming it.
     */
    public record Outcome(String eventInstanceId, List<String> warnings, int retries, SfmcJourneyException failure) {}

    /**
     * @param eventDefinitionKey the endpoint's (or the header's) key; an {@link EntryEvent} may name its own
     * @param contact            the contact as the route sent it, handed back when it is not delivered
     * @param readable           the same contact in a form the mapper reads (streams and bytes read as text)
     * @param contactKeyOverride the contact key header, or null
     */
    public CompletableFuture<Outcome> send(
            String eventDefinitionKey, Object contact, Object readable, Object contactKeyOverride) {
        EntryEvent event;
        String key;
        List<String> warnings;
        CompletableFuture<ApiResponse> call;
        AtomicInteger retries = new AtomicInteger();
        try {
            event = pipeline.mapper().map(readable, contactKeyOverride);
            key = event.getEventDefinitionKey() != null
                    ? EventDefinitionKeys.requireValid(event.getEventDefinitionKey(), "EntryEvent.eventDefinitionKey")
                    : eventDefinitionKey;
            warnings = pipeline.policy().check(contact, event, key);
            call = pipeline.api().post(EVENTS_PATH, pipeline.serializer().single(event, key), retries);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(notDelivered(contact, e, retries));
        }
        return call.handle((response, error) -> {
            try {
                if (error != null) {
                    return notDelivered(contact, error, retries);
                }
                if (!response.isSuccess()) {
                    SfmcJourneyException refusal = pipeline.errorTranslator().toException(response, key);
                    pipeline.policy().refused(refusal);
                    return notDelivered(contact, refusal, retries);
                }
                return queued(key, event, eventInstanceId(response, key, contact), warnings, retries);
            } catch (RuntimeException e) {
                return notDelivered(contact, e, retries);
            }
        });
    }

    /** The one place a contact is recorded as queued. */
    private Outcome queued(
            String key, EntryEvent event, String eventInstanceId, List<String> warnings, AtomicInteger retries) {
        pipeline.policy().queued(key, event.getContactKey());
        return new Outcome(eventInstanceId, warnings, retries.get(), null);
    }

    /** The one place a contact is recorded as not delivered: refused, failed, or with an unknown outcome. */
    private static Outcome notDelivered(Object contact, Throwable error, AtomicInteger retries) {
        // not List.of: a null body is a contact too, and must be handed back
        return new Outcome(
                null, List.of(), retries.get(), Undelivered.failure(error, Collections.singletonList(contact)));
    }

    private String eventInstanceId(ApiResponse response, String key, Object contact) {
        EntryEventResponse parsed = response.bodyAs(pipeline.objectMapper(), EntryEventResponse.class);
        if (parsed != null && parsed.eventInstanceId() != null) {
            return parsed.eventInstanceId();
        }
        throw new SfmcJourneyException(
                "SFMC answered HTTP " + response.statusCode() + " to " + EVENTS_PATH + " for event definition key '"
                        + key
                        + "' without an eventInstanceId, so whether the contact was queued is unknown."
                        + " Check Journey Builder before replaying it.",
                0,
                null,
                null,
                null,
                true,
                Collections.singletonList(contact),
                null);
    }
}
