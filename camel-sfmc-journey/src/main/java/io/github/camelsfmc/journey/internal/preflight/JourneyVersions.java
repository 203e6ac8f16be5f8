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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelsfmc.journey.internal.preflight.PreflightReport.JourneyState;

/**
 * Decides from every version of every journey started by a key whether contacts can enter, as Journey Builder
 * documents it: new contacts go only to the version that is running ({@code Published}; editing a running journey makes
 * a Draft while the running version keeps running); a Paused version drops new entries unless the marketer chose to
 * queue them, and by default it does not; Finishing ({@code Unpublished}) and Stopped versions take no new entries, but
 * "contacts may still be able to enter for up to 10 minutes".
 */
final class JourneyVersions {

    /** What the versions say about entry. */
    enum Entry {
        /** A version is running: contacts enter it. */
        OPEN,
        /** Known not to take contacts: only Drafts, or a Paused version. */
        CLOSED,
        /** No running version, but a Finishing or Stopped one that may admit contacts for 10 minutes after the change. */
        CLOSING,
        /** A status the component does not know the meaning of. */
        UNKNOWN
    }

    record Verdict(Entry entry, String reason) {}

    private JourneyVersions() {}

    static Verdict judge(String key, List<JourneyState> versions) {
        if (versions.stream().anyMatch(JourneyState::isRunning)) {
            return new Verdict(Entry.OPEN, null);
        }
        List<String> closed = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (List<JourneyState> journey : byJourney(versions).values()) {
            JourneyState newestActivated = journey.stream()
                    .filter(v -> !v.isDraft())
                    .max(Comparator.comparing(v -> v.version() == null ? 0 : v.version()))
                    .orElse(null);
            if (newestActivated == null) {
                JourneyState draft = journey.get(journey.size() - 1);
                closed.add(describe(key, draft) + " Draft and was never activated, so SFMC accepts contacts but does"
                        + " not enter them: activate it in Journey Builder");
            } else if (newestActivated.isPaused()) {
                closed.add(
                        describe(key, newestActivated) + " Paused. Journey Builder drops contacts that enter a paused"
                                + " journey unless it was paused with queueing, which is not the default and which the API"
                                + " does not show. Resume it in Journey Builder, or send with validation=warn if it was paused"
                                + " with queueing");
            } else if (newestActivated.isClosing()) {
                closing.add(describe(key, newestActivated) + " " + newestActivated.displayStatus()
                        + " and no version of it is running");
            } else {
                unknown.add(describe(key, newestActivated) + " in status '" + newestActivated.status()
                        + "', whose effect on entry the component does not know");
            }
        }
        if (!unknown.isEmpty()) {
            return new Verdict(Entry.UNKNOWN, String.join("; ", unknown));
        }
        if (!closing.isEmpty()) {
            return new Verdict(Entry.CLOSING, String.join("; ", closing));
        }
        return new Verdict(Entry.CLOSED, String.join("; ", closed));
    }

    private static String describe(String key, JourneyState version) {
        return "Journey '" + version.name() + "' (version " + version.version() + ") using '" + key + "' is";
    }

    /** Versions grouped by journey (its key, else its name), oldest version first. */
    private static Map<String, List<JourneyState>> byJourney(List<JourneyState> versions) {
        Map<String, List<JourneyState>> journeys = new LinkedHashMap<>();
        versions.stream()
                .sorted(Comparator.comparing(v -> v.version() == null ? 0 : v.version()))
                .forEach(v -> journeys.computeIfAbsent(v.key() != null ? v.key() : v.name(), k -> new ArrayList<>())
                        .add(v));
        return journeys;
    }
}
