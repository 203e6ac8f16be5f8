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
package io.github.camelsfmc.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.fasterxml.jackson.databind.JsonNode;

/** Single entries held by a journey paused to queue; they are admitted once the journey no longer holds them. */
final class HeldEntries {
    /** What {@link #release} does with an entry that is no longer held. */
    interface Admitter {
        void admit(Journey journey, String contactKey, JsonNode data, String eventInstanceId, EntryChannel via);
    }

    private record Held(
            Journey journey,
            String contactKey,
            JsonNode data,
            String eventInstanceId,
            EntryChannel via,
            Instant at,
            int version) {}

    private final ConcurrentLinkedQueue<Held> held = new ConcurrentLinkedQueue<>();

    void hold(
            Journey journey,
            String contactKey,
            JsonNode data,
            String eventInstanceId,
            EntryChannel via,
            Instant at,
            int version) {
        held.add(new Held(journey, contactKey, data, eventInstanceId, via, at, version));
    }

    /** Hands every entry whose journey no longer holds it to {@code admitter}, in arrival order. */
    void release(Admitter admitter) {
        for (Iterator<Held> it = held.iterator(); it.hasNext(); ) {
            Held h = it.next();
            if (!h.journey().entryDecision().holds()) {
                it.remove();
                admitter.admit(h.journey(), h.contactKey(), h.data(), h.eventInstanceId(), h.via());
            }
        }
    }

    /** The entries held now for a journey (their {@code at} is when they arrived). */
    List<Entry> of(String eventDefinitionKey) {
        List<Entry> out = new ArrayList<>();
        for (Held h : held) {
            if (h.journey().eventDefinitionKey().equals(eventDefinitionKey)) {
                out.add(new Entry(
                        h.contactKey(),
                        Json.toMap(h.data()),
                        h.eventInstanceId(),
                        null,
                        h.via(),
                        h.at(),
                        h.version(),
                        AdmissionRules.journeyContactKey(h.journey(), h.contactKey(), h.data())));
            }
        }
        return out;
    }

    void clear() {
        held.clear();
    }
}
