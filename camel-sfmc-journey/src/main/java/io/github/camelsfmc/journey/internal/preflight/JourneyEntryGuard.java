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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.metrics.EntryMetrics;
import io.github.camelsfmc.journey.internal.validation.EntrySchemaValidator;
import io.github.camelsfmc.journey.model.CheckMode;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Keeps an endpoint's knowledge of its journey current and judges each contact against it, turning SFMC's silent
 * drops into findings: journey not running, Data that does not fit the entry data extension, and a contact this
 * endpoint already entered into a journey that forbids re-entry.
 * <p>
 * The preflight report is refreshed in the background once {@code refreshInterval} has passed, and as soon as SFMC
 * rejects a payload, so a journey edited in Marketing Cloud is picked up without a restart. Findings about the journey
 * are logged once per change of state, not once per message.
 */
public final class JourneyEntryGuard {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyEntryGuard.class);

    private final JourneyPreflight preflight;
    private final String eventDefinitionKey;
    private final CheckMode preflightMode;
    private final Duration refreshInterval;
    private final Clock clock;
    private final int reentryTrackingSize;

    /** Only while a running journey forbids re-entry: the contact keys this endpoint entered, oldest dropped first. */
    private volatile Map<String, Boolean> enteredContactKeys;

    private volatile PreflightReport report;
    private volatile Instant nextRefresh = Instant.MIN;
    private volatile boolean firstRunDone;
    private volatile EntryMetrics metrics = EntryMetrics.NONE;
    private CompletableFuture<PreflightReport> refreshing;
    private String lastLoggedState;

    public JourneyEntryGuard(
            JourneyPreflight preflight,
            String eventDefinitionKey,
            CheckMode preflightMode,
            Duration refreshInterval,
            int reentryTrackingSize,
            Clock clock) {
        this.preflight = preflight;
        this.eventDefinitionKey = eventDefinitionKey;
        this.preflightMode = preflightMode;
        this.refreshInterval = refreshInterval;
        this.clock = clock;
        this.reentryTrackingSize = reentryTrackingSize;
    }

    /**
     * Runs the start-up preflight. In strict mode it waits for the answer and throws on a finding, or when preflight
     * cannot run; otherwise it runs in the background and logs what it finds, so a slow or unreachable SFMC does not
     * hold up the route start.
     */
    public void start(Duration timeout) {
        if (preflightMode != CheckMode.STRICT) {
            refresh().whenComplete((result, error) -> {
                if (error != null && preflightMode == CheckMode.WARN) {
                    LOG.warn(
                            "Preflight of event definition key '{}' could not run: {}",
                            eventDefinitionKey,
                            AsyncFailures.rootMessage(error));
                }
            });
            return;
        }
        PreflightReport result;
        try {
            result = refresh().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SfmcJourneyException(
                    "Interrupted during preflight of '" + eventDefinitionKey + "'", 0, null, null, null, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new SfmcJourneyException(
                    "Preflight of event definition key '" + eventDefinitionKey + "' could not run: "
                            + AsyncFailures.rootMessage(e) + " (preflight=strict; use preflight=warn to start anyway)",
                    0,
                    null,
                    null,
                    null,
                    e.getCause() != null ? e.getCause() : e);
        }
        if (!result.isEntryPossible()) {
            throw new SfmcJourneyException(
                    String.join(". ", result.problems())
                            + ". (preflight=strict stops the route so contacts are not silently dropped;"
                            + " use preflight=warn to start anyway)",
                    0,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** Runs preflight now and waits for the report. */
    public PreflightReport checkNow(Duration timeout) throws Exception {
        return refresh().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs preflight again in the background; concurrent calls share one run. */
    public CompletableFuture<PreflightReport> refresh() {
        CompletableFuture<PreflightReport> run;
        synchronized (this) {
            if (refreshing != null) {
                return refreshing;
            }
            nextRefresh = clock.instant().plus(refreshInterval);
            run = new CompletableFuture<>();
            refreshing = run;
        }
        preflight.check(eventDefinitionKey).whenComplete((result, error) -> {
            // the guard's state is updated before anyone waiting on the run continues, so they see the new report
            if (result != null) {
                report = result;
                trackReentryIfForbidden(result);
            }
            synchronized (this) {
                refreshing = null;
                firstRunDone = true;
            }
            if (result != null) {
                logIfStateChanged(result);
                run.complete(result);
            } else {
                LOG.debug("Preflight refresh of '{}' failed: {}", eventDefinitionKey, AsyncFailures.rootMessage(error));
                run.completeExceptionally(AsyncFailures.unwrap(error));
            }
        });
        return run;
    }

    /**
     * Completes once a first preflight has finished, successfully or not; already complete after that.
     */
    public CompletableFuture<?> ready() {
        if (firstRunDone) {
            return CompletableFuture.completedFuture(report);
        }
        return refresh().handle((result, error) -> result);
    }

    /** SFMC refused a payload: the journey or its data extension may have changed, so look again soon. */
    public void schemaRejected() {
        refresh();
    }

    /** The latest report, or null when preflight has not completed. */
    public PreflightReport report() {
        return report;
    }

    /** Where findings are counted by kind. */
    public void useMetrics(EntryMetrics metrics) {
        this.metrics = metrics;
    }

    /** Starts a refresh in the background when {@code refreshInterval} has passed since the last one. */
    public void refreshIfDue() {
        if (clock.instant().isAfter(nextRefresh)) {
            refresh();
        }
    }

    /**
     * What stands in the way of this contact entering, one message per finding, at most a handful; empty when nothing
     * does.
     */
    public List<String> inspect(EntryEvent event) {
        refreshIfDue();
        PreflightReport current = report;
        List<String> findings = new ArrayList<>();
        if (current != null && current.eventDefinition() != null && !current.isEntryPossible()) {
            findings.add(contact(event) + " cannot enter now: " + String.join("; ", current.problems()));
            metrics.validationFinding("journey-not-running");
        }
        for (String problem : EntrySchemaValidator.validate(event, current != null ? current.schema() : null)) {
            findings.add(contact(event) + ": " + problem);
            metrics.validationFinding("schema");
        }
        PreflightReport.JourneyState noReentry = current != null ? current.reentryForbiddingJourney() : null;
        if (noReentry != null && wasEntered(event.getContactKey())) {
            findings.add(contact(event) + " was already entered by this endpoint and journey '" + noReentry.name()
                    + "' has entryMode " + noReentry.entryMode()
                    + ", so SFMC will accept it again but not enter it");
            metrics.validationFinding("reentry");
        }
        return findings;
    }

    /** How findings name the contact; built only for a finding, as most contacts have none. */
    private static String contact(EntryEvent event) {
        return "Contact " + EntrySchemaValidator.quote(event.getContactKey());
    }

    /** Remembers that SFMC queued this contact, for the re-entry check. */
    public void entered(String contactKey) {
        Map<String, Boolean> entered = enteredContactKeys;
        if (entered != null) {
            synchronized (entered) {
                entered.put(contactKey, Boolean.TRUE);
            }
        }
    }

    /** How many contact keys are remembered for the re-entry check; 0 unless the journey forbids re-entry. */
    public int trackedContactKeys() {
        Map<String, Boolean> entered = enteredContactKeys;
        if (entered == null) {
            return 0;
        }
        synchronized (entered) {
            return entered.size();
        }
    }

    private boolean wasEntered(String contactKey) {
        Map<String, Boolean> entered = enteredContactKeys;
        if (entered == null) {
            return false;
        }
        synchronized (entered) {
            return entered.containsKey(contactKey);
        }
    }

    /** Keys are remembered only while they matter, so journeys that allow re-entry cost no memory. */
    private void trackReentryIfForbidden(PreflightReport result) {
        if (result.reentryForbiddingJourney() == null || reentryTrackingSize <= 0) {
            enteredContactKeys = null;
        } else if (enteredContactKeys == null) {
            enteredContactKeys = boundedSet(reentryTrackingSize);
        }
    }

    private void logIfStateChanged(PreflightReport result) {
        String state = String.join("|", result.problems()) + "|" + String.join("|", result.notes());
        synchronized (this) {
            if (Objects.equals(state, lastLoggedState)) {
                return;
            }
            lastLoggedState = state;
        }
        if (preflightMode == CheckMode.OFF) {
            return;
        }
        if (result.isEntryPossible() && result.notes().isEmpty()) {
            LOG.info(result.summary());
        } else if (result.isEntryPossible()) {
            LOG.warn(
                    "{}. What could not be read is not checked: contacts are sent unchecked in those respects",
                    result.summary());
        } else {
            LOG.warn(result.summary());
        }
    }

    /** A bounded, least-recently-inserted-first-out set of contact keys: memory stays flat however many are sent. */
    private static Map<String, Boolean> boundedSet(int capacity) {
        return new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }
}
