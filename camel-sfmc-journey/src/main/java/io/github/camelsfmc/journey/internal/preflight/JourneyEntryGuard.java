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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.metrics.EntryMetrics;
import io.github.camelsfmc.journey.internal.validation.EntrySchemaValidator;
import io.github.camelsfmc.journey.internal.validation.SendableField;
import io.github.camelsfmc.journey.model.CheckMode;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Keeps a producer's knowledge of its journey current and judges each contact against it. Only what preflight knows
 * refuses a contact (a journey known not to take entries, Data that does not fit the entry data extension, a sendable
 * field that names someone else, a contact this endpoint entered into a journey that forbids re-entry); what preflight
 * could not establish goes with the contact as a warning, and the contact is sent.
 * <p>
 * Each preflight run has a total deadline; a run that misses it leaves the facts unknown. The report is refreshed in
 * the background once {@code refreshInterval} has passed, and as soon as SFMC rejects a payload. Findings about the
 * journey are logged once per change of state, not once per message.
 */
public final class JourneyEntryGuard {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyEntryGuard.class);

    /** Journey Builder: in Finishing and Stopped, "contacts may still be able to enter for up to 10 minutes". */
    static final Duration CLOSING_GRACE = Duration.ofMinutes(10);

    /** What stands in a contact's way ({@code refusals}), what is doubtful about it, and what was not checked. */
    public record Verdict(List<String> refusals, List<String> warnings, List<String> unchecked) {

        /** Nothing to refuse, warn of or report as unchecked: the common case. */
        public boolean isClear() {
            return refusals.isEmpty() && warnings.isEmpty() && unchecked.isEmpty();
        }
    }

    /** How the guard is set up: the options that shape it. */
    public record Settings(
            String eventDefinitionKey,
            CheckMode preflightMode,
            Duration refreshInterval,
            Duration deadline,
            int reentryTrackingSize,
            boolean fillSendableField) {}

    private final JourneyPreflight preflight;
    private final Settings settings;
    private final Clock clock;
    private final ReentryTracker reentry;
    private final SnapshotFields snapshot = new SnapshotFields();

    private volatile PreflightReport report;
    private volatile Instant closingSince;
    private volatile String lastFailure;
    private volatile Instant nextRefresh = Instant.MIN;
    private volatile boolean firstRunDone;
    private volatile EntryMetrics metrics = EntryMetrics.NONE;
    private final PreflightStateLog stateLog;
    private CompletableFuture<PreflightReport> refreshing;

    public JourneyEntryGuard(JourneyPreflight preflight, Settings settings, Clock clock) {
        this.preflight = preflight;
        this.settings = settings;
        this.clock = clock;
        this.reentry = new ReentryTracker(settings.reentryTrackingSize());
        this.stateLog = new PreflightStateLog(settings.preflightMode());
    }

    /**
     * Runs the start-up preflight. In strict mode it waits, at most the preflight deadline, and throws on a known
     * problem; when the facts could not be established it starts with them unknown. Otherwise it runs in the
     * background and logs what it finds.
     */
    public void start() {
        if (settings.preflightMode() != CheckMode.STRICT) {
            refresh();
            return;
        }
        PreflightReport result;
        try {
            // refresh() completes by the deadline; the margin only covers scheduling
            result = refresh().get(settings.deadline().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SfmcJourneyException.notSent(
                    "Interrupted during preflight of '" + settings.eventDefinitionKey() + "'", List.of(), e);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn(
                    "Preflight of '{}' did not answer: starting with the journey state unknown",
                    settings.eventDefinitionKey());
            return;
        }
        if (!result.isEntryPossible()) {
            throw SfmcJourneyException.notSent(
                    String.join(". ", result.problems())
                            + ". (preflight=strict stops the route so contacts are not silently dropped;"
                            + " use preflight=warn to start anyway)",
                    List.of(),
                    null);
        }
    }

    /** Runs preflight now and waits for the report; never longer than the deadline. */
    public PreflightReport checkNow() throws Exception {
        return refresh().get(settings.deadline().toMillis() + 1_000, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs preflight again in the background; concurrent calls share one run. The run completes normally by the
     * deadline: with SFMC's answers, or with a report that says nothing could be checked and why.
     */
    public CompletableFuture<PreflightReport> refresh() {
        CompletableFuture<PreflightReport> run;
        synchronized (this) {
            if (refreshing != null) {
                return refreshing;
            }
            nextRefresh = clock.instant().plus(settings.refreshInterval());
            run = new CompletableFuture<>();
            refreshing = run;
        }
        CompletableFuture<PreflightReport> check;
        try {
            check = preflight.check(settings.eventDefinitionKey());
        } catch (RuntimeException e) {
            check = CompletableFuture.failedFuture(e);
        }
        check.orTimeout(settings.deadline().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, error) -> completeRun(run, result, error));
        return run;
    }

    private void completeRun(CompletableFuture<PreflightReport> run, PreflightReport result, Throwable error) {
        PreflightReport next = result;
        if (result == null) {
            lastFailure = failureText(error);
            LOG.debug("Preflight of '{}' failed: {}", settings.eventDefinitionKey(), lastFailure);
            // the last facts SFMC gave stay the best knowledge; without any, nothing is known
            next = report != null
                    ? report
                    : PreflightReport.unchecked(
                            settings.eventDefinitionKey(),
                            clock.instant(),
                            "journey and data not checked: " + lastFailure);
        } else {
            lastFailure = null;
        }
        // the guard's state is updated before anyone waiting on the run continues, so they see the new report
        report = next;
        closingSince = next.closing() == null ? null : (closingSince != null ? closingSince : clock.instant());
        reentry.track(next.reentryForbiddingJourney() != null);
        snapshot.observe(next);
        synchronized (this) {
            refreshing = null;
            firstRunDone = true;
        }
        stateLog.logIfChanged(current());
        run.complete(current());
    }

    private String failureText(Throwable error) {
        Throwable cause = AsyncFailures.unwrap(error);
        if (cause instanceof TimeoutException) {
            return "preflight did not finish within preflightTimeout="
                    + settings.deadline().toMillis() + " ms";
        }
        return "preflight could not run: " + AsyncFailures.rootMessage(error);
    }

    /** Completes once a first preflight has finished, or its deadline passed; already complete after that. */
    public CompletableFuture<?> ready() {
        if (firstRunDone) {
            return CompletableFuture.completedFuture(report);
        }
        return refresh();
    }

    /** SFMC refused a payload: the journey or its data extension may have changed, so look again soon. */
    public void schemaRejected() {
        refresh();
    }

    /** The latest report with the 10-minute rule applied now, or null when preflight has not completed. */
    public PreflightReport report() {
        return current();
    }

    /** Why the latest refresh failed, or null when it did not (the report may then be older). */
    public String lastFailure() {
        return lastFailure;
    }

    private PreflightReport current() {
        PreflightReport latest = report;
        Instant since = closingSince;
        if (latest == null || latest.closing() == null || since == null) {
            return latest;
        }
        return latest.closingJudged(!clock.instant().isBefore(since.plus(CLOSING_GRACE)));
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
     * Judges one contact, and fills its sendable field from the ContactKey first when that is switched on and Data
     * has no value for it.
     */
    public Verdict inspect(EntryEvent event) {
        refreshIfDue();
        PreflightReport now = current();
        String sendable = now != null ? now.sendableField() : null;
        if (settings.fillSendableField()) {
            SendableField.fill(event, sendable);
        }
        List<String> refusals = new ArrayList<>();
        // an unknown key is left to SFMC, whose 400 names it as precisely; the contact then fails with SFMC's answer
        if (now != null && now.eventDefinition() != null && !now.isEntryPossible()) {
            refusals.add(contact(event) + " cannot enter now: " + String.join("; ", now.problems()));
            metrics.validationFinding("journey-not-running");
        }
        EntrySchemaValidator.SchemaFindings schema =
                EntrySchemaValidator.check(event, now != null ? now.schema() : null, sendable);
        for (String problem : schema.refusals()) {
            refusals.add(contact(event) + ": " + problem);
            metrics.validationFinding("schema");
        }
        for (String notSeen : snapshot.problems(event.getData().keySet())) {
            refusals.add(contact(event) + ": " + notSeen);
            metrics.validationFinding("snapshot");
        }
        PreflightReport.JourneyState noReentry = now != null ? now.reentryForbiddingJourney() : null;
        if (noReentry != null && reentry.wasEntered(event.getContactKey())) {
            refusals.add(contact(event) + " was already entered by this endpoint and journey '" + noReentry.name()
                    + "' has entryMode " + noReentry.entryMode()
                    + ", so SFMC will accept it again but not enter it");
            metrics.validationFinding("reentry");
        }
        List<String> warnings = schema.doubts().isEmpty()
                ? List.of()
                : schema.doubts().stream().map(d -> contact(event) + ": " + d).toList();
        List<String> unchecked = now == null ? List.of() : now.unchecked();
        if (!unchecked.isEmpty() && refusals.isEmpty()) {
            metrics.validationFinding("unchecked");
        }
        return new Verdict(refusals, warnings, unchecked);
    }

    /** How findings name the contact; built only for a finding, as most contacts have none. */
    private static String contact(EntryEvent event) {
        return "Contact " + EntrySchemaValidator.quote(event.getContactKey());
    }

    /** Remembers that SFMC queued this contact, for the re-entry check. */
    public void entered(String contactKey) {
        reentry.entered(contactKey);
    }

    /** How many contact keys are remembered for the re-entry check; 0 unless the journey forbids re-entry. */
    public int trackedContactKeys() {
        return reentry.size();
    }
}
