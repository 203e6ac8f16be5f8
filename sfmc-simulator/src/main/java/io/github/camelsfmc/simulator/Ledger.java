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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What happened to every accepted contact: per journey the entries and the silent drops (with reason), and for
 * batch members the status the async status API reports.
 */
final class Ledger {
    /** The outcome of {@link #admit}: entered when {@code reason} is null. */
    record Admission(DropReason reason, String detail, boolean held) {
        boolean entered() {
            return reason == null && !held;
        }
    }

    /** A single entry held by a journey paused to queue; it is admitted when the journey no longer holds. */
    private record Held(
            Journey journey,
            String contactKey,
            JsonNode data,
            String eventInstanceId,
            EntryChannel via,
            Instant at,
            int version) {}

    /** One batch member as {@code GET /interaction/v1/async/events/status} reports it. */
    record BatchMemberStatus(
            String eventInstanceId,
            String requestId,
            String contactKey,
            String eventDefinitionKey,
            int mid,
            String status,
            String errorcode,
            String message,
            Instant created,
            Instant modified,
            BatchMemberStatus previous) {

        /** The status as seen {@code delay} after each change: this one, an earlier one, or null (not yet visible). */
        BatchMemberStatus visibleAt(Instant now, java.time.Duration delay) {
            BatchMemberStatus s = this;
            while (s != null && s.modified().plus(delay).isAfter(now)) {
                s = s.previous();
            }
            return s;
        }
    }

    /** Per-journey records. */
    private static final class Book {
        final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Drop> drops = new ConcurrentLinkedQueue<>();
        final AtomicLong enteredCount = new AtomicLong();
        final AtomicLong droppedCount = new AtomicLong();
        final Set<String> enteredKeys = ConcurrentHashMap.newKeySet();
        final Set<String> finished = ConcurrentHashMap.newKeySet();
    }

    private final Counters counters;
    private final Map<String, Book> books = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<AtomicReference<BatchMemberStatus>> batchStatuses =
            new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Held> held = new ConcurrentLinkedQueue<>();

    /** A queued batch member waiting for journey processing, due at {@code due}. */
    private record Pending(AtomicReference<BatchMemberStatus> slot, Journey journey, JsonNode data, Instant due) {}

    private final Clock clock;

    Ledger(Counters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * Decides whether an accepted contact enters the journey and records the outcome. The checks, in order:
     * journey running, ContactKey too long, unknown field, missing required field, invalid value, unknown contact,
     * re-entry.
     */
    Admission admit(
            Journey j, String contactKey, JsonNode data, String eventInstanceId, String requestId, EntryChannel via) {
        DropReason reason = null;
        String detail = null;
        JourneyVersions.EntryDecision decision = j.entryDecision();
        if (decision.kind() == JourneyVersions.EntryDecision.Kind.HOLD) {
            held.add(new Held(
                    j,
                    contactKey,
                    data,
                    eventInstanceId,
                    via,
                    clock.instant(),
                    decision.version().number()));
            return new Admission(null, decision.detail(), true);
        }
        if (decision.kind() == JourneyVersions.EntryDecision.Kind.DROP) {
            reason = DropReason.JOURNEY_NOT_RUNNING;
            detail = "Journey '" + j.name() + "': " + decision.detail();
        }
        String journeyKey = AdmissionRules.journeyContactKey(j, contactKey, data);
        if (reason == null && (detail = AdmissionRules.contactKeyTooLong(j, contactKey, data)) != null) {
            reason = DropReason.CONTACT_KEY_TOO_LONG;
        }
        if (reason == null && (detail = AdmissionRules.unknownField(j, data)) != null) {
            reason = DropReason.UNKNOWN_FIELD;
        }
        if (reason == null && (detail = AdmissionRules.missingRequired(j, data)) != null) {
            reason = DropReason.MISSING_REQUIRED_FIELD;
        }
        if (reason == null && (detail = AdmissionRules.invalidValue(j, data)) != null) {
            reason = DropReason.INVALID_VALUE;
        }
        if (reason == null && j.knownContactsOnly() && !j.knownContacts().contains(journeyKey)) {
            reason = DropReason.UNKNOWN_CONTACT;
            detail = "Contact '" + journeyKey + "' is not a known contact";
        }
        Book book = books.computeIfAbsent(j.eventDefinitionKey(), k -> new Book());
        if (reason == null) {
            boolean first = book.enteredKeys.add(journeyKey);
            if (!first && !j.entryMode().allowsReentry()) {
                reason = DropReason.REENTRY_NOT_ALLOWED;
                detail = "Contact '" + journeyKey + "' already entered and entryMode is "
                        + j.entryMode().jsonValue();
            }
        }
        Map<String, Object> dataMap = Json.toMap(data);
        Instant now = clock.instant();
        if (reason == null) {
            book.entries.add(new Entry(
                    contactKey,
                    dataMap,
                    eventInstanceId,
                    requestId,
                    via,
                    now,
                    decision.version().number(),
                    journeyKey));
            book.enteredCount.incrementAndGet();
            counters.contactsEntered.increment();
            return new Admission(null, null, false);
        }
        book.drops.add(new Drop(contactKey, dataMap, eventInstanceId, reason, detail, now, requestId, via));
        book.droppedCount.incrementAndGet();
        counters.contactsDropped.increment();
        return new Admission(reason, detail, false);
    }

    /**
     * Queues an accepted batch member for journey processing at {@code due}: its status reads {@code queued} until
     * then, and it is admitted (or dropped) against the journey as it is at that time, so a journey paused after the
     * batch was accepted drops it. Processing happens when anything reads the ledger after {@code due}.
     */
    void queue(
            Journey j,
            String contactKey,
            JsonNode data,
            String eventInstanceId,
            String requestId,
            Instant accepted,
            Instant due) {
        AtomicReference<BatchMemberStatus> slot = new AtomicReference<>(new BatchMemberStatus(
                eventInstanceId,
                requestId,
                contactKey,
                j.eventDefinitionKey(),
                j.mid(),
                "queued",
                null,
                null,
                accepted,
                accepted,
                null));
        batchStatuses.add(slot);
        pending.add(new Pending(slot, j, data, due));
    }

    /** Processes, in the order they were queued, the members whose processing time has come. */
    synchronized void processDue() {
        releaseHeld();
        Instant now = clock.instant();
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.due().isAfter(now) || p.journey().entryDecision().kind() == JourneyVersions.EntryDecision.Kind.HOLD) {
                continue;
            }
            it.remove();
            BatchMemberStatus queued = p.slot().get();
            Admission a = admit(
                    p.journey(),
                    queued.contactKey(),
                    p.data(),
                    queued.eventInstanceId(),
                    queued.requestId(),
                    EntryChannel.BATCH);
            p.slot()
                    .set(new BatchMemberStatus(
                            queued.eventInstanceId(),
                            queued.requestId(),
                            queued.contactKey(),
                            queued.eventDefinitionKey(),
                            queued.mid(),
                            a.entered() ? "processed" : "errored",
                            a.entered() ? null : "30000",
                            a.entered()
                                    ? null
                                    : "Contact was not admitted to the journey: " + a.reason() + ": " + a.detail(),
                            queued.created(),
                            p.due(),
                            queued));
        }
    }

    /** Releases held single entries whose journey no longer holds them. */
    private void releaseHeld() {
        for (Iterator<Held> it = held.iterator(); it.hasNext(); ) {
            Held h = it.next();
            if (h.journey().entryDecision().kind() != JourneyVersions.EntryDecision.Kind.HOLD) {
                it.remove();
                admit(h.journey(), h.contactKey(), h.data(), h.eventInstanceId(), null, h.via());
            }
        }
    }

    /** Contacts a journey paused to queue holds now (their {@code at} is when they arrived). */
    List<Entry> held(String eventDefinitionKey) {
        processDue();
        List<Entry> out = new ArrayList<>();
        for (Held h : held) {
            if (h.journey().eventDefinitionKey().equals(eventDefinitionKey)) {
                out.add(new Entry(
                        h.contactKey(),
                        Json.toMap(h.data()),
                        h.eventInstanceId(),
                        null,
                        h.via(),
                        h.at(),
                        h.version(),
                        AdmissionRules.journeyContactKey(h.journey(), h.contactKey(), h.data())));
            }
        }
        return out;
    }

    List<Entry> entered(String eventDefinitionKey) {
        processDue();
        Book b = books.get(eventDefinitionKey);
        return b == null ? List.of() : List.copyOf(b.entries);
    }

    List<Drop> dropped(String eventDefinitionKey) {
        processDue();
        Book b = books.get(eventDefinitionKey);
        return b == null ? List.of() : List.copyOf(b.drops);
    }

    long entryCount(String eventDefinitionKey) {
        processDue();
        Book b = books.get(eventDefinitionKey);
        return b == null ? 0 : b.enteredCount.get();
    }

    long dropCount(String eventDefinitionKey) {
        processDue();
        Book b = books.get(eventDefinitionKey);
        return b == null ? 0 : b.droppedCount.get();
    }

    void recordBatchStatus(BatchMemberStatus s) {
        batchStatuses.add(new AtomicReference<>(s));
    }

    /** Every batch member's current status, after processing what is due. */
    List<BatchMemberStatus> batchStatuses() {
        processDue();
        List<BatchMemberStatus> all = new ArrayList<>();
        batchStatuses.forEach(slot -> all.add(slot.get()));
        return all;
    }

    void clear() {
        books.clear();
        pending.clear();
        held.clear();
        batchStatuses.clear();
    }

    /** An errored member becomes processed now, and its contact enters (see {@link SfmcSimulator#reviseToProcessed}). */
    synchronized boolean reviseToProcessed(String eventInstanceId) {
        processDue();
        for (AtomicReference<BatchMemberStatus> slot : batchStatuses) {
            BatchMemberStatus s = slot.get();
            if (eventInstanceId.equals(s.eventInstanceId()) && "errored".equals(s.status())) {
                Instant now = clock.instant();
                slot.set(new BatchMemberStatus(
                        s.eventInstanceId(),
                        s.requestId(),
                        s.contactKey(),
                        s.eventDefinitionKey(),
                        s.mid(),
                        "processed",
                        null,
                        null,
                        s.created(),
                        now,
                        s));
                Book book = books.computeIfAbsent(s.eventDefinitionKey(), k -> new Book());
                book.entries.add(
                        new Entry(s.contactKey(), Map.of(), eventInstanceId, s.requestId(), EntryChannel.BATCH, now));
                book.enteredCount.incrementAndGet();
                counters.contactsEntered.increment();
                return true;
            }
        }
        return false;
    }

    void finish(String eventDefinitionKey, String journeyContactKey) {
        books.computeIfAbsent(eventDefinitionKey, k -> new Book()).finished.add(journeyContactKey);
    }

    /** The versions of the journey the contact is in now (entered, not finished), by the key Journey Builder used. */
    java.util.SortedSet<Integer> membership(String eventDefinitionKey, String journeyContactKey) {
        processDue();
        java.util.SortedSet<Integer> versions = new java.util.TreeSet<>();
        Book b = books.get(eventDefinitionKey);
        if (b == null || b.finished.contains(journeyContactKey)) {
            return versions;
        }
        for (Entry e : b.entries) {
            if (journeyContactKey.equals(e.journeyContactKey())) {
                versions.add(e.version());
            }
        }
        return versions;
    }
}
