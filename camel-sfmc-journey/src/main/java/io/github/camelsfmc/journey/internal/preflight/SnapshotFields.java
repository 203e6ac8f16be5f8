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

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelsfmc.journey.internal.preflight.PreflightReport.JourneyState;

/**
 * Fields this endpoint saw appear in the entry data extension while the same journey version kept running. "When
 * activated, the journey uses a snapshot of the entry source data extension. The running journey doesn't detect those
 * fields added after activation." SFMC's field API gives no dates, so a field is known to be outside the snapshot only
 * when it was missing from an earlier read made while that version was already running.
 */
final class SnapshotFields {

    private String runningVersions;
    private Set<String> fieldsWhenFirstSeen = Set.of();
    private Set<String> added = Set.of();

    /** Takes in a new report; a change of running version starts over. */
    synchronized void observe(PreflightReport report) {
        List<JourneyState> running = report.runningVersions();
        if (report.schema() == null || running.isEmpty()) {
            return;
        }
        String versions = running.stream()
                .map(v -> "'" + v.name() + "' version " + v.version())
                .collect(Collectors.joining(", "));
        Set<String> fields = report.schema().fields().keySet();
        if (!versions.equals(runningVersions)) {
            runningVersions = versions;
            fieldsWhenFirstSeen = Set.copyOf(fields);
            added = Set.of();
            return;
        }
        Set<String> appeared = new LinkedHashSet<>(fields);
        appeared.removeAll(fieldsWhenFirstSeen);
        added = Set.copyOf(appeared);
    }

    /** Why the running version does not see these Data fields: one line for each field known to be added later. */
    synchronized List<String> problems(Collection<String> dataFields) {
        if (added.isEmpty()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (String dataField : dataFields) {
            if (added.contains(dataField)) {
                problems.add("Data field '" + dataField + "' was added to the entry data extension after journey "
                        + runningVersions
                        + " was activated (this endpoint saw it appear while that version kept running): the running"
                        + " journey uses the data extension as it was at activation and will not see it. Publish a new"
                        + " version of the journey in Journey Builder");
            }
        }
        return problems;
    }
}
