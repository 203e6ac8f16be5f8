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
package io.github.camelsfmc.journey.internal.preflight;

import java.time.Instant;
import java.util.List;

import io.github.camelsfmc.journey.internal.payload.EventDefinition;
import io.github.camelsfmc.journey.internal.validation.EntrySchema;
import io.github.camelsfmc.journey.model.PreflightResult;

/**
 * What preflight found out about an event definition key: whether SFMC knows it, the journeys it starts and their
 * state, and the entry data extension's fields. {@code problems} are reasons contacts would not enter (SFMC would
 * still answer 2xx); {@code notes} are things preflight could not check.
 */
public record PreflightReport(
        String eventDefinitionKey,
        Instant checkedAt,
        EventDefinition eventDefinition,
        List<JourneyState> journeys,
        EntrySchema schema,
        List<String> problems,
        List<String> notes) {

    /** A journey started by the key. SFMC calls a running journey {@code Published}. */
    public record JourneyState(String name, String key, Integer version, String status, String entryMode) {

        public boolean isRunning() {
            return "Published".equalsIgnoreCase(status);
        }

        public boolean isPaused() {
            return "Paused".equalsIgnoreCase(status);
        }

        /** {@code OnceAndDone} never lets a contact in twice; {@code SingleEntryAcrossAllVersions} not while it is in. */
        public boolean forbidsReentry() {
            return "OnceAndDone".equalsIgnoreCase(entryMode)
                    || "SingleEntryAcrossAllVersions".equalsIgnoreCase(entryMode);
        }
    }

    /** True when nothing found stands in the way of contacts entering. */
    public boolean isEntryPossible() {
        return problems.isEmpty();
    }

    /** The running journey whose entry mode forbids re-entry, or null. */
    public JourneyState reentryForbiddingJourney() {
        return journeys.stream()
                .filter(j -> j.isRunning() && j.forbidsReentry())
                .findFirst()
                .orElse(null);
    }

    /** One line per finding, for logs, health details and JMX. */
    public String summary() {
        StringBuilder text = new StringBuilder("Preflight of event definition key '")
                .append(eventDefinitionKey)
                .append("': ");
        if (eventDefinition != null) {
            text.append(eventDefinition.type())
                    .append(" '")
                    .append(eventDefinition.name())
                    .append("'");
        }
        for (JourneyState journey : journeys) {
            text.append("; journey '")
                    .append(journey.name())
                    .append("' v")
                    .append(journey.version())
                    .append(' ')
                    .append(journey.status())
                    .append(", entryMode ")
                    .append(journey.entryMode());
        }
        if (schema != null) {
            text.append("; entry data extension ").append(schema);
        }
        problems.forEach(p -> text.append("; PROBLEM: ").append(p));
        notes.forEach(n -> text.append("; note: ").append(n));
        return text.toString();
    }

    /** The public view of this report. */
    public PreflightResult toResult() {
        return new PreflightResult(
                eventDefinitionKey,
                checkedAt,
                journeys.stream()
                        .map(j ->
                                new PreflightResult.Journey(j.name(), j.key(), j.version(), j.status(), j.entryMode()))
                        .toList(),
                schema != null ? List.copyOf(schema.fields().keySet()) : List.of(),
                problems,
                notes,
                summary());
    }
}
