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
package io.github.camelsfmc.journey.internal.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelsfmc.journey.internal.http.ServerText;
import io.github.camelsfmc.journey.internal.payload.JourneyHistoryPage.Row;

/**
 * What Journey History said about contacts that contactMembership did not find, by lookup key.
 *
 * @param lastRows       per contact with a row of this journey's versions, its latest row: the contact entered, and
 *                       contactMembership no longer finds it in a journey
 * @param withoutHistory contacts whose history was read in full with no row of this journey
 * @param warnings       why the history of the others could not be read; they stay not found
 */
public record HistoryFindings(Map<String, Row> lastRows, Set<String> withoutHistory, List<String> warnings) {

    /** The longest piece of SFMC's text kept in the evidence. */
    static final int MAX_EVIDENCE_CHARS = 200;

    public HistoryFindings {
        lastRows = Map.copyOf(lastRows);
        withoutHistory = Set.copyOf(withoutHistory);
        warnings = List.copyOf(warnings);
    }

    static HistoryFindings unread(String warning) {
        return new HistoryFindings(Map.of(), Set.of(), List.of(warning));
    }

    /** The latest row as a map (definitionId, definitionName, activityName, activityType, status, transactionTime). */
    public Map<String, Object> evidence(String lookupKey) {
        Row row = lastRows.get(lookupKey);
        if (row == null) {
            return null;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("transactionTime", quoted(row.transactionTime()));
        evidence.put("activityName", quoted(row.activityName()));
        evidence.put("activityType", quoted(row.activityType()));
        evidence.put("status", quoted(row.status()));
        evidence.put("definitionId", quoted(row.definitionId()));
        evidence.put("definitionName", quoted(row.definitionName()));
        return evidence;
    }

    private static String quoted(String text) {
        return ServerText.quote(text, MAX_EVIDENCE_CHARS, List.of());
    }
}
