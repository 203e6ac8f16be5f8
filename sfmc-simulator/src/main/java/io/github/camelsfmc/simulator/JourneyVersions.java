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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The versions of one journey and the rules of Journey Builder for them (help: "Journey versions", "Pause a
 * journey"): editing a running journey makes a new Draft while the running version keeps running; publishing it moves
 * the old one to Finishing; only the current version takes new contacts; a Finishing or Stopped version may still
 * admit contacts for a grace period (10 minutes by default) after the change; a Paused version drops arriving
 * contacts unless it was paused to queue them. Thread-safe: every change swaps an immutable list.
 */
final class JourneyVersions {
    /** What happens to a contact that arrives now. */
    record EntryDecision(Kind kind, JourneyVersion version, String detail) {
        enum Kind {
            ADMIT,
            HOLD,
            DROP
        }

        boolean holds() {
            return kind == Kind.HOLD;
        }
    }

    static final Duration DEFAULT_GRACE = Duration.ofMinutes(10);

    private final String journeyId;
    private final String eventDefinitionKey;
    private final Supplier<List<DataExtensionField>> liveFields;
    private volatile Clock clock = Clock.systemUTC();
    private volatile Duration grace = DEFAULT_GRACE;
    private volatile List<JourneyVersion> versions;

    JourneyVersions(
            String journeyId,
            String eventDefinitionKey,
            JourneyStatus initial,
            Supplier<List<DataExtensionField>> liveFields) {
        this.journeyId = journeyId;
        this.eventDefinitionKey = eventDefinitionKey;
        this.liveFields = liveFields;
        reset(initial);
    }

    synchronized void reset(JourneyStatus initial) {
        Instant now = clock.instant();
        JourneyVersion v1 = new JourneyVersion(1, journeyId, JourneyStatus.DRAFT, now, now, null, null, List.of());
        // configured Finishing or Stopped: changed long ago, so no grace period is left
        Instant changed = initial == JourneyStatus.FINISHING || initial == JourneyStatus.STOPPED
                ? now.minus(Duration.ofDays(365))
                : now;
        versions = List.of(initial == JourneyStatus.DRAFT ? v1 : withStatus(v1, initial, changed, PauseMode.DROP));
    }

    void clock(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    void grace(Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative: " + grace);
        }
        this.grace = grace;
    }

    Duration grace() {
        return grace;
    }

    List<JourneyVersion> all() {
        return versions;
    }

    JourneyVersion latest() {
        List<JourneyVersion> v = versions;
        return v.get(v.size() - 1);
    }

    JourneyVersion number(int n) {
        for (JourneyVersion v : versions) {
            if (v.number() == n) {
                return v;
            }
        }
        throw new NoSuchElementException("Journey " + eventDefinitionKey + " has no version " + n);
    }

    /** Sets the most recent version's status, as the single-version API always did. */
    synchronized void setLatest(JourneyStatus status, PauseMode mode) {
        replace(latest(), withStatus(latest(), status, clock.instant(), mode));
    }

    /** A new Draft version (as editing a running journey makes); the running one keeps running. */
    synchronized JourneyVersion createDraft() {
        Instant now = clock.instant();
        int n = latest().number() + 1;
        JourneyVersion draft = new JourneyVersion(
                n,
                Ids.stable("journey", eventDefinitionKey + ":v" + n),
                JourneyStatus.DRAFT,
                now,
                now,
                null,
                null,
                List.of());
        List<JourneyVersion> next = new ArrayList<>(versions);
        next.add(draft);
        versions = List.copyOf(next);
        return draft;
    }

    /** Publishes the newest version (a Draft, made when none is); the running or paused one becomes Finishing. */
    synchronized JourneyVersion publishLatest() {
        JourneyVersion target = latest().status() == JourneyStatus.DRAFT ? latest() : createDraft();
        Instant now = clock.instant();
        for (JourneyVersion v : versions) {
            if (v != target && (v.status() == JourneyStatus.PUBLISHED || v.status() == JourneyStatus.PAUSED)) {
                replace(v, v.withStatus(JourneyStatus.FINISHING, now, null));
            }
        }
        JourneyVersion published = target.activated(now, liveFields.get());
        replace(target, published);
        return published;
    }

    /** Pauses, resumes or stops the version that runs now (Published or Paused). */
    synchronized JourneyVersion changeRunning(JourneyStatus status, PauseMode mode) {
        for (JourneyVersion v : versions) {
            if (v.status() == JourneyStatus.PUBLISHED || v.status() == JourneyStatus.PAUSED) {
                JourneyVersion changed = v.withStatus(status, clock.instant(), mode);
                replace(v, changed);
                return changed;
            }
        }
        throw new IllegalStateException("Journey " + eventDefinitionKey + " has no running or paused version");
    }

    /** Which version takes a contact arriving at {@code now}, or why none does. */
    EntryDecision decide(Instant now) {
        List<JourneyVersion> all = versions;
        JourneyVersion graced = null;
        for (int i = all.size() - 1; i >= 0; i--) {
            JourneyVersion v = all.get(i);
            switch (v.status()) {
                case PUBLISHED -> {
                    return new EntryDecision(EntryDecision.Kind.ADMIT, v, null);
                }
                case PAUSED -> {
                    return v.pauseMode() == PauseMode.QUEUE
                            ? new EntryDecision(
                                    EntryDecision.Kind.HOLD,
                                    v,
                                    "held while version " + v.number() + " is paused to queue")
                            : new EntryDecision(
                                    EntryDecision.Kind.DROP,
                                    v,
                                    "version " + v.number() + " is Paused and drops arriving contacts");
                }
                case FINISHING, STOPPED -> {
                    if (graced == null && now.isBefore(v.changedAt().plus(grace))) {
                        graced = v;
                    }
                }
                case DRAFT -> {}
            }
        }
        if (graced != null) {
            return new EntryDecision(EntryDecision.Kind.ADMIT, graced, null);
        }
        JourneyVersion last = all.get(all.size() - 1);
        return new EntryDecision(
                EntryDecision.Kind.DROP,
                last,
                "version " + last.number() + " is " + last.status().jsonValue() + ", not Published");
    }

    private JourneyVersion withStatus(JourneyVersion v, JourneyStatus status, Instant now, PauseMode mode) {
        if (status == JourneyStatus.PUBLISHED && v.activatedAt() == null) {
            return v.activated(now, liveFields.get());
        }
        return v.withStatus(
                status, now, status == JourneyStatus.PAUSED ? (mode == null ? PauseMode.DROP : mode) : null);
    }

    private void replace(JourneyVersion old, JourneyVersion next) {
        List<JourneyVersion> list = new ArrayList<>(versions);
        list.set(list.indexOf(old), next);
        versions = List.copyOf(list);
    }
}
