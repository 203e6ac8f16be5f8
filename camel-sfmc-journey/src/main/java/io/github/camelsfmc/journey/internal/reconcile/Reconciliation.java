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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.http.DelayedTasks;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.model.ReconciliationResult;
import io.github.camelsfmc.journey.model.ReconciliationResult.ContactVerdict;

/**
 * The looks at SFMC for the contacts of one exchange: the first after {@code delay}, then every {@code interval} for
 * the contacts not found yet, the last at the bound. The result is complete at the latest one request deadline after
 * the bound, whatever is still in flight then (that look counts as not answered), or when the component stops.
 */
final class Reconciliation {

    private final List<ContactState> contacts = new ArrayList<>();
    private final String key;
    private final Instant sentLocal;
    private final boolean single;
    private final Set<String> known;
    private final Lookers lookers;
    private final ReconcileSettings settings;
    private final DelayedTasks tasks;
    private final CompletableFuture<ReconciliationResult> result = new CompletableFuture<>();
    private Instant bound;
    private int looks;
    private Instant lastFrom;
    private boolean finished;

    /** The two ways to look, shared by the producer's reconciliations. */
    record Lookers(StatusLook status, MembershipLook membership, ServerTime time) {}

    /** @param known the eventInstanceIds this exchange already has: other copies of a contact, not the lost ones */
    Reconciliation(
            List<PendingContact> pending,
            String key,
            Instant sentLocal,
            boolean single,
            Set<String> known,
            Lookers lookers,
            ReconcileSettings settings,
            DelayedTasks tasks) {
        pending.forEach(p -> contacts.add(new ContactState(p)));
        this.key = key;
        this.sentLocal = sentLocal;
        this.single = single;
        this.known = known;
        this.lookers = lookers;
        this.settings = settings;
        this.tasks = tasks;
    }

    CompletableFuture<ReconciliationResult> start() {
        Instant now = lookers.time().localNow();
        synchronized (this) {
            bound = now.plus(settings.timeout());
            lastFrom = from();
        }
        Runnable stopped = () -> finish("the component stopped");
        tasks.schedule(settings.timeout().plus(settings.requestTimeout()), () -> finish("the bound ran out"), stopped);
        tasks.schedule(settings.delay(), this::look, stopped);
        return result;
    }

    /** The earliest creation time on SFMC's clock that counts as this send. */
    private Instant from() {
        return lookers.time().onServer(sentLocal).minus(ReconcileSettings.SKEW_ALLOWANCE);
    }

    private void look() {
        // each chain asks for its contact keys one after the other; the copies of one key are asked for together
        List<List<List<ContactState>>> chains = new ArrayList<>();
        int look;
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            look = ++looks;
            Map<String, List<ContactState>> open = new LinkedHashMap<>();
            contacts.stream()
                    .filter(c -> c.found == null)
                    .forEach(c -> open.computeIfAbsent(c.pending.contactKey(), k -> new ArrayList<>())
                            .add(c));
            int i = 0;
            for (List<ContactState> copies : open.values()) {
                if (chains.size() < ReconcileSettings.LOOK_CONCURRENCY) {
                    chains.add(new ArrayList<>());
                }
                chains.get(i++ % ReconcileSettings.LOOK_CONCURRENCY).add(copies);
            }
        }
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (List<List<ContactState>> chain : chains) {
            CompletableFuture<Void> next = CompletableFuture.completedFuture(null);
            for (List<ContactState> copies : chain) {
                next = next.thenCompose(done -> lookAt(copies, look));
            }
            running.add(next);
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).whenComplete((done, e) -> afterLook());
    }

    /** Never fails: a failed look is recorded on the contacts it was for. */
    private CompletableFuture<Void> lookAt(List<ContactState> copies, int look) {
        String contactKey = copies.get(0).pending.contactKey();
        CompletableFuture<StatusLook.Answer> status = lookers.status().look(contactKey, key, this::from);
        CompletableFuture<MembershipLook.Answer> membership = single
                ? lookers.membership().look(contactKey, key)
                : CompletableFuture.completedFuture(MembershipLook.Answer.NOT_ASKED);
        return status.thenCombine(membership, (answer, member) -> {
                    StatusSighting sighting = StatusSighting.of(answer, contactKey, key, known, settings.dateZone());
                    record(copies, look, sighting, member);
                    return (Void) null;
                })
                .exceptionally(error -> {
                    failed(copies, look, error);
                    return null;
                });
    }

    private synchronized void record(
            List<ContactState> copies, int look, StatusSighting sighting, MembershipLook.Answer member) {
        lastFrom = sighting.from();
        List<StatusSighting.Entry> entries = sighting.entries();
        for (int i = 0; i < copies.size(); i++) {
            ContactState c = copies.get(i);
            c.answered = look;
            c.complete &= sighting.complete();
            c.doubt = sighting.doubt() != null ? sighting.doubt() : member.doubt();
            if (entries.size() >= copies.size()) {
                StatusSighting.Entry entry = entries.get(i);
                c.found = "SFMC's status API lists it as " + entry.status() + ", created " + entry.created() + " (look "
                        + look + ")";
                c.eventInstanceId = entry.eventInstanceId();
                c.requestId = entry.requestId();
            } else if (!entries.isEmpty()) {
                c.doubt = "SFMC's status API lists " + entries.size() + " entries of it for the " + copies.size()
                        + " copies sent; which copies they are is not known";
            } else if (member.inJourney() != null && copies.size() == 1) {
                c.found = member.inJourney() + " (look " + look + ")";
            }
        }
    }

    private synchronized void failed(List<ContactState> copies, int look, Throwable error) {
        String why = "look " + look + " failed: " + AsyncFailures.rootMessage(AsyncFailures.unwrap(error));
        copies.forEach(c -> c.failure = c.failure == null ? why : c.failure);
    }

    private void afterLook() {
        Instant now = lookers.time().localNow();
        Duration left;
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            if (contacts.stream().allMatch(c -> c.found != null) || !now.isBefore(bound)) {
                left = null;
            } else {
                Duration untilBound = Duration.between(now, bound);
                left = untilBound.compareTo(settings.interval()) < 0 ? untilBound : settings.interval();
            }
        }
        if (left == null) {
            finish(null);
        } else {
            tasks.schedule(left, this::look, () -> finish("the component stopped"));
        }
    }

    /** @param cutOff why the looks ended before their time, or null when they ran their course */
    private void finish(String cutOff) {
        ReconciliationResult done;
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            List<ContactVerdict> verdicts = new ArrayList<>(contacts.size());
            contacts.forEach(c -> verdicts.add(c.verdict(looks, cutOff, single)));
            done = new ReconciliationResult(
                    verdicts, asked(), lastFrom, looks, lookers.time().localNow());
        }
        result.complete(done);
    }

    private String asked() {
        return "GET " + SfmcApi.STATUS.path()
                + " by contactKey and eventDefinitionKey '" + key + "' with startDate " + lastFrom
                + (single ? ", and POST " + SfmcApi.MEMBERSHIP.path() : "");
    }
}
