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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelsfmc.journey.internal.payload.EventDefinition;
import io.github.camelsfmc.journey.internal.validation.EntrySchema;
import io.github.camelsfmc.journey.model.PreflightResult;

/**
 * What preflight found out about an event definition key. {@code problems} are facts known to stop contacts entering
 * (SFMC would still answer 2xx), and only they refuse contacts; {@code unchecked} says what could not be established
 * and why, and goes with every contact sent meanwhile; {@code notes} are facts worth a log line but not a warning per
 * contact. {@code closing}, when not null, says no version is running but a Finishing or Stopped one may still admit
 * contacts for 10 minutes after the change: the guard turns it into a problem once that is known to be over.
 */
public record PreflightReport(
        String eventDefinitionKey,
        Instant checkedAt,
        EventDefinition eventDefinition,
        List<JourneyState> journeys,
        EntrySchema schema,
        List<String> problems,
        List<String> unchecked,
        List<String> notes,
        String closing) {

    /**
     * One version of a journey started by the key. SFMC calls a running version {@code Published}. {@code id} and
     * {@code definitionId} are the version's ids as {@code GET /interaction/v1/interactions} gives them (Journey
     * History names a journey by a definitionId).
     */
    public record JourneyState(
            String name,
            String key,
            Integer version,
            String status,
            String entryMode,
            String lastPublishedDate,
            String id,
            String definitionId) {

        public boolean isRunning() {
            return "Published".equalsIgnoreCase(status);
        }

        public boolean isPaused() {
            return "Paused".equalsIgnoreCase(status);
        }

        public boolean isDraft() {
            return "Draft".equalsIgnoreCase(status);
        }

        /** Finishing (the API's {@code Unpublished}) or Stopped: no new entries, after at most 10 minutes. */
        public boolean isClosing() {
            return "Unpublished".equalsIgnoreCase(status) || "Stopped".equalsIgnoreCase(status);
        }

        /** The status as Journey Builder's screen names it. */
        public String displayStatus() {
            if ("Unpublished".equalsIgnoreCase(status)) {
                return "Finishing";
            }
            return isRunning() ? "Running" : status;
        }

        /** {@code OnceAndDone} never lets a contact in twice; {@code SingleEntryAcrossAllVersions} not while it is in. */
        public boolean forbidsReentry() {
            return "OnceAndDone".equalsIgnoreCase(entryMode)
                    || "SingleEntryAcrossAllVersions".equalsIgnoreCase(entryMode);
        }
    }

    /** A report for when preflight could not run at all: nothing is known, and contacts are sent unchecked. */
    static PreflightReport unchecked(String key, Instant at, String reason) {
        return new PreflightReport(key, at, null, List.of(), null, List.of(), List.of(reason), List.of(), null);
    }

    /** True when nothing found stands in the way of contacts entering. */
    public boolean isEntryPossible() {
        return problems.isEmpty();
    }

    /**
     * The data field Journey Builder takes the contact key from, as the data extension spells it, or null when the
     * event definition does not say or names a field the entry data extension does not have.
     */
    public String sendableField() {
        String named = eventDefinition != null ? eventDefinition.sendableField() : null;
        if (named == null || schema == null) {
            return named;
        }
        var field = schema.field(named) != null ? schema.field(named) : schema.fieldIgnoringCase(named);
        // a sendable field the data extension does not have is a contradiction, not a fact to act on
        return field != null ? field.name() : null;
    }

    /** The keys of the journeys this event definition starts. */
    public Set<String> journeyKeys() {
        return journeys.stream()
                .map(JourneyState::key)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The ids by which Journey History may name this event definition's journey versions. */
    public Set<String> journeyVersionIds() {
        return journeys.stream()
                .flatMap(j -> Stream.of(j.id(), j.definitionId()))
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The running version whose entry mode forbids re-entry, or null. */
    public JourneyState reentryForbiddingJourney() {
        // asked for every contact: a loop over the few versions, without a stream's allocations
        for (JourneyState journey : journeys) {
            if (journey.isRunning() && journey.forbidsReentry()) {
                return journey;
            }
        }
        return null;
    }

    /** The running versions. */
    public List<JourneyState> runningVersions() {
        return journeys.stream().filter(JourneyState::isRunning).toList();
    }

    /** This report with the closing versions judged: known closed once the 10 minutes are known to be over. */
    PreflightReport closingJudged(boolean tenMinutesOver) {
        if (closing == null) {
            return this;
        }
        List<String> moreProblems = new ArrayList<>(problems);
        List<String> moreUnchecked = new ArrayList<>(unchecked);
        if (tenMinutesOver) {
            moreProblems.add(closing + " since at least 10 minutes (this endpoint has seen it so that long), and"
                    + " Journey Builder admits contacts to a Finishing or Stopped version for at most 10 minutes:"
                    + " activate a version in Journey Builder");
        } else {
            moreUnchecked.add(closing + ": Journey Builder may still admit contacts for up to 10 minutes after the"
                    + " change, so they are sent; whether they enter is not known");
        }
        return new PreflightReport(
                eventDefinitionKey,
                checkedAt,
                eventDefinition,
                journeys,
                schema,
                List.copyOf(moreProblems),
                List.copyOf(moreUnchecked),
                notes,
                null);
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
                    .append(journey.displayStatus())
                    .append(", entryMode ")
                    .append(journey.entryMode());
        }
        if (schema != null) {
            text.append("; entry data extension ").append(schema);
        }
        problems.forEach(p -> text.append("; PROBLEM: ").append(p));
        if (closing != null) {
            text.append("; CLOSING: ").append(closing);
        }
        unchecked.forEach(n -> text.append("; NOT CHECKED: ").append(n));
        notes.forEach(n -> text.append("; note: ").append(n));
        return text.toString();
    }

    /** The public view of this report. */
    public PreflightResult toResult() {
        List<String> allNotes = new ArrayList<>(unchecked);
        allNotes.addAll(notes);
        return new PreflightResult(
                eventDefinitionKey,
                checkedAt,
                journeys.stream()
                        .map(j ->
                                new PreflightResult.Journey(j.name(), j.key(), j.version(), j.status(), j.entryMode()))
                        .toList(),
                schema != null ? List.copyOf(schema.fields().keySet()) : List.of(),
                problems,
                allNotes,
                summary());
    }
}
