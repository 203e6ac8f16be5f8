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

import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
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
        List<String> warnings;
        CompletableFuture<ApiResponse> call;
        try {
            // the one EntryEvent of this contact: it names the key it goes to, and is what is sent
            event = pipeline.mapper().map(readable, contactKeyOverride);
            if (event.getEventDefinitionKey() != null) {
                EventDefinitionKeys.requireValid(event.getEventDefinitionKey(), "EntryEvent.eventDefinitionKey");
            } else {
                event.setEventDefinitionKey(eventDefinitionKey);
            }
            warnings = pipeline.policy().check(event, event.getEventDefinitionKey());
            call = pipeline.api().post(EVENTS_PATH, pipeline.serializer().single(event));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(
                    notDelivered(Undelivered.failure(e, Collections.singletonList(contact)), 0));
        }
        String key = event.getEventDefinitionKey();
        return call.handle((response, error) -> {
            if (error != null) {
                return notDelivered(
                        Undelivered.afterCall(error, Collections.singletonList(contact)),
                        SfmcCallFailure.retriesOf(error));
            }
            try {
                if (!response.isSuccess()) {
                    SfmcCallFailure refusal = pipeline.errorTranslator().toFailure(response, key);
                    pipeline.policy().refused(refusal);
                    return notDelivered(
                            Undelivered.failure(refusal, Collections.singletonList(contact)), response.retries());
                }
                return answered(key, event, response, warnings, contact);
            } catch (RuntimeException e) {
                return notDelivered(Undelivered.afterCall(e, Collections.singletonList(contact)), response.retries());
            }
        });
    }

    /** The one place a contact is recorded as queued, unless SFMC's 2xx answer does not say under which id. */
    private Outcome answered(
            String key, EntryEvent event, ApiResponse response, List<String> warnings, Object contact) {
        EntryEventResponse parsed = response.bodyAs(pipeline.objectMapper(), EntryEventResponse.class);
        if (parsed == null || parsed.eventInstanceId() == null) {
            return new Outcome(
                    null,
                    List.of(),
                    response.retries(),
                    SfmcJourneyException.outcomeUnknown(
                            "SFMC answered HTTP " + response.statusCode() + " to " + EVENTS_PATH
                                    + " for event definition key '" + key
                                    + "' without an eventInstanceId, so whether the contact was queued is unknown."
                                    + " Check Journey Builder before replaying it.",
                            Collections.singletonList(contact),
                            null));
        }
        pipeline.policy().queued(key, event.getContactKey());
        return new Outcome(parsed.eventInstanceId(), warnings, response.retries(), null);
    }

    /** The one place a contact is recorded as not delivered: refused, failed, or with an unknown outcome. */
    // the contact in a Collections.singletonList, not List.of: a null body is a contact too, and must be handed back
    private static Outcome notDelivered(SfmcJourneyException failure, int retries) {
        return new Outcome(null, List.of(), retries, failure);
    }
}
