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
package io.github.camelsfmc.journey.model;

import java.time.Instant;
import java.util.List;

/**
 * What a preflight found out about an event definition key, as {@code SfmcJourneyEndpoint.preflight()} returns it.
 *
 * @param eventDefinitionKey the key that was checked
 * @param checkedAt          when the check finished
 * @param journeys           the journey versions the key starts, as SFMC listed them
 * @param entryFields        the entry data extension's field names, empty when they could not be read
 * @param problems           facts that would make SFMC drop contacts although it answers 2xx
 * @param notes              what could not be checked, and why
 * @param summary            one line with all of the above, as logs, JMX and the health check show it
 */
public record PreflightResult(
        String eventDefinitionKey,
        Instant checkedAt,
        List<Journey> journeys,
        List<String> entryFields,
        List<String> problems,
        List<String> notes,
        String summary) {

    public PreflightResult {
        journeys = List.copyOf(journeys);
        entryFields = List.copyOf(entryFields);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** A journey version started by the key: its status as SFMC spells it and its re-entry mode. */
    public record Journey(String name, String key, Integer version, String status, String entryMode) {}

    /** True when nothing that was found stands in the way of contacts entering. */
    public boolean isEntryPossible() {
        return problems.isEmpty();
    }
}
