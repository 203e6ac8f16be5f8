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
package io.github.camelsfmc.journey.internal.reconcile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.internal.entry.EntryPipeline;
import io.github.camelsfmc.journey.internal.http.DelayedTasks;
import io.github.camelsfmc.journey.internal.membership.MembershipCheck;
import io.github.camelsfmc.journey.internal.metrics.EntryMetrics;
import io.github.camelsfmc.journey.internal.preflight.PreflightReport;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.github.camelsfmc.journey.model.ReconciliationResult;
import io.github.camelsfmc.journey.model.ReconciliationResult.ContactVerdict;
import io.github.camelsfmc.journey.model.ReconciliationResult.Verdict;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * reconcileUnknownOutcome: after an entry call whose outcome is unknown, asks SFMC what became of its contacts (see
 * {@link Reconciliation}) and says what the exchange becomes. One per producer.
 */
public final class UnknownOutcomeReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(UnknownOutcomeReconciler.class);

    /** reconcileUnknownOutcome=false: nothing is ever reconciled. */
    public static final UnknownOutcomeReconciler OFF = new UnknownOutcomeReconciler();

    private final EntryPipeline pipeline;
    private final Reconciliation.Lookers lookers;
    private final ReconcileSettings settings;
    private final DelayedTasks tasks;
    private final EntryMetrics metrics;

    private UnknownOutcomeReconciler() {
        this.pipeline = null;
        this.lookers = null;
        this.settings = null;
        this.tasks = null;
        this.metrics = null;
    }

    /** @param preflight what preflight read of the event definition and its journeys, or null while it has not */
    public UnknownOutcomeReconciler(
            EntryPipeline pipeline,
            Supplier<PreflightReport> preflight,
            ReconcileSettings settings,
            DelayedTasks tasks,
            EntryMetrics metrics,
            Clock clock) {
        this.pipeline = pipeline;
        ServerTime time = new ServerTime(clock);
        this.lookers = new Reconciliation.Lookers(
                new StatusLook(pipeline.api(), pipeline.objectMapper(), pipeline.errorTranslator(), time),
                new MembershipLook(
                        new MembershipCheck(pipeline.api(), pipeline.objectMapper(), pipeline.errorTranslator()),
                        preflight),
                time);
        this.settings = settings;
        this.tasks = tasks;
        this.metrics = metrics;
    }

    /**
     * @param  sentLocal          when the entry call started, on the local clock
     * @param  failure            the exchange's failure, or null
     * @param  batch              the exchange's batch result, or null
     * @param  single             a single entry's contact, or null for a batch
     * @return                    what the exchange becomes, or null when there is nothing to reconcile
     */
    public CompletableFuture<Reconciled> reconcile(
            String key, Instant sentLocal, SfmcJourneyException failure, BatchEntryResult batch, SingleContact single) {
        if (pipeline == null || failure == null || !failure.isOutcomeUnknown()) {
            return null;
        }
        List<PendingContact> pending = new ArrayList<>();
        Set<String> known = new HashSet<>();
        String lookedUpKey = key;
        if (batch != null) {
            batch.getFailed().stream()
                    .filter(f -> f.error().isOutcomeUnknown() && f.contactKey() != null)
                    .forEach(f -> pending.add(new PendingContact(f.index(), f.contact(), f.contactKey())));
            batch.getQueued().forEach(q -> known.add(q.eventInstanceId()));
        } else if (single != null && failure.getUndeliveredContacts().size() == 1) {
            EntryEvent event = event(single);
            if (event != null && event.getContactKey() != null) {
                pending.add(
                        new PendingContact(0, failure.getUndeliveredContacts().get(0), event.getContactKey()));
                // a single EntryEvent may name its own key, and was sent to that one
                lookedUpKey = event.getEventDefinitionKey() != null ? event.getEventDefinitionKey() : key;
            }
        }
        if (pending.isEmpty()) {
            return null;
        }
        String sentTo = lookedUpKey;
        List<PendingContact> looked = pending.subList(0, Math.min(pending.size(), ReconcileSettings.MAX_CONTACTS));
        return new Reconciliation(looked, sentTo, sentLocal, single != null, known, lookers, settings, tasks)
                .start()
                .thenApply(result -> {
                    ReconciliationResult all = withUnlooked(result, pending.subList(looked.size(), pending.size()));
                    count(all);
                    return single != null ? Reconciled.single(sentTo, all) : Reconciled.batch(sentTo, all, batch);
                });
    }

    private EntryEvent event(SingleContact single) {
        try {
            return pipeline.mapper().map(single.readable(), single.contactKeyOverride());
        } catch (RuntimeException unreadable) {
            LOG.warn(
                    "The contact of an entry with an unknown outcome could not be read again to reconcile it: {}",
                    unreadable.getMessage());
            return null;
        }
    }

    private static ReconciliationResult withUnlooked(ReconciliationResult result, List<PendingContact> unlooked) {
        if (unlooked.isEmpty()) {
            return result;
        }
        List<ContactVerdict> all = new ArrayList<>(result.getContacts());
        unlooked.forEach(p -> all.add(new ContactVerdict(
                p.index(),
                p.contact(),
                p.contactKey(),
                Verdict.UNKNOWN,
                null,
                null,
                "Outcome still unknown: beyond the " + ReconcileSettings.MAX_CONTACTS
                        + " contacts one exchange reconciles")));
        return new ReconciliationResult(all, result.getAsked(), result.getFrom(), result.getLooks(), result.getUntil());
    }

    private void count(ReconciliationResult result) {
        for (Verdict verdict : Verdict.values()) {
            long n = result.getContacts().stream()
                    .filter(c -> c.verdict() == verdict)
                    .count();
            metrics.reconciled(verdict.name().toLowerCase(Locale.ROOT), n);
        }
    }
}
