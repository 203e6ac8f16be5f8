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
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What happened to every accepted contact: per journey the entries and the silent drops (with reason)
 * ({@link JourneyBook}), the contacts held by a journey paused to queue ({@link HeldEntries}), and for batch members
 * the status the async status API reports ({@link BatchStatuses}). Decides admission with {@link AdmissionRules}.
 */
final class Ledger {
    /** The outcome of {@link #admit}: entered when {@code reason} is null and the contact is not held. */
    record Admission(DropReason reason, String detail, boolean held) {
        boolean entered() {
            return reason == null && !held;
        }
    }

    private final Counters counters;
    private final Clock clock;
    private final Map<String, JourneyBook> books = new ConcurrentHashMap<>();
    private final HeldEntries held = new HeldEntries();
    private final BatchStatuses batches = new BatchStatuses();

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
        JourneyVersions.EntryDecision decision = j.entryDecision();
        int version = decision.version().number();
        Instant now = clock.instant();
        if (decision.holds()) {
            held.hold(j, contactKey, data, eventInstanceId, via, now, version);
            return new Admission(null, decision.detail(), true);
        }
        DropReason reason = null;
        String detail = null;
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
        JourneyBook book = book(j.eventDefinitionKey());
        if (reason == null && !book.firstEntryOf(journeyKey) && !j.entryMode().allowsReentry()) {
            reason = DropReason.REENTRY_NOT_ALLOWED;
            detail = "Contact '" + journeyKey + "' already entered and entryMode is "
                    + j.entryMode().jsonValue();
        }
        Map<String, Object> dataMap = Json.toMap(data);
        if (reason == null) {
            book.enter(new Entry(contactKey, dataMap, eventInstanceId, requestId, via, now, version, journeyKey));
            return new Admission(null, null, false);
        }
        book.drop(
                new Drop(contactKey, dataMap, eventInstanceId, reason, detail, now, requestId, via),
                version,
                journeyKey);
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
        batches.queue(BatchMemberStatus.queued(eventInstanceId, requestId, contactKey, j, accepted), j, data, due);
    }

    /** Releases held entries, then processes, in the order they were queued, the members whose time has come. */
    synchronized void processDue() {
        held.release(
                (j, contactKey, data, eventInstanceId, via) -> admit(j, contactKey, data, eventInstanceId, null, via));
        batches.processDue(clock.instant(), (j, queued, data) -> {
            Admission a = admit(
                    j, queued.contactKey(), data, queued.eventInstanceId(), queued.requestId(), EntryChannel.BATCH);
            return new BatchStatuses.Outcome(
                    a.entered() ? null : "Contact was not admitted to the journey: " + a.reason() + ": " + a.detail());
        });
    }

    /** Contacts a journey paused to queue holds now (their {@code at} is when they arrived). */
    List<Entry> held(String eventDefinitionKey) {
        processDue();
        return held.of(eventDefinitionKey);
    }

    List<Entry> entered(String eventDefinitionKey) {
        processDue();
        JourneyBook b = books.get(eventDefinitionKey);
        return b == null ? List.of() : b.entries();
    }

    List<Drop> dropped(String eventDefinitionKey) {
        processDue();
        JourneyBook b = books.get(eventDefinitionKey);
        return b == null ? List.of() : b.drops();
    }

    long entryCount(String eventDefinitionKey) {
        processDue();
        JourneyBook b = books.get(eventDefinitionKey);
        return b == null ? 0 : b.enteredCount();
    }

    long dropCount(String eventDefinitionKey) {
        processDue();
        JourneyBook b = books.get(eventDefinitionKey);
        return b == null ? 0 : b.droppedCount();
    }

    /** Records a batch member answered with an error, never queued. */
    void recordBatchStatus(BatchMemberStatus s) {
        batches.record(s);
    }

    /** Every batch member's current status, after processing what is due. */
    List<BatchMemberStatus> batchStatuses() {
        processDue();
        return batches.all();
    }

    void clear() {
        books.clear();
        held.clear();
        batches.clear();
    }

    /**
     * An errored member becomes processed now, and its contact moves from the drops to the entries (see
     * {@link SfmcSimulator#reviseToProcessed}).
     */
    synchronized boolean reviseToProcessed(String eventInstanceId) {
        processDue();
        BatchMemberStatus revised = batches.reviseToProcessed(eventInstanceId, clock.instant());
        if (revised == null) {
            return false;
        }
        book(revised.eventDefinitionKey()).reviseDropToEntry(eventInstanceId, revised.modified());
        return true;
    }

    void finish(String eventDefinitionKey, String journeyContactKey) {
        book(eventDefinitionKey).finish(journeyContactKey, clock.instant());
    }

    /** When the contact finished the journey (by the key Journey Builder used), or null while it has not. */
    Instant finishedAt(String eventDefinitionKey, String journeyContactKey) {
        JourneyBook b = books.get(eventDefinitionKey);
        return b == null ? null : b.finishedAt(journeyContactKey);
    }

    /** The versions of the journey the contact is in now (entered, not finished), by the key Journey Builder used. */
    SortedSet<Integer> membership(String eventDefinitionKey, String journeyContactKey) {
        processDue();
        JourneyBook b = books.get(eventDefinitionKey);
        return b == null ? new TreeSet<>() : b.membership(journeyContactKey);
    }

    private JourneyBook book(String eventDefinitionKey) {
        return books.computeIfAbsent(eventDefinitionKey, k -> new JourneyBook(counters));
    }
}
