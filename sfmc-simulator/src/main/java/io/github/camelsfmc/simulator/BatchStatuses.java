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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The status of every batch member, as the async status API reports it, and the queue of members waiting for
 * journey processing. Each member has a slot whose status is replaced as it changes.
 */
final class BatchStatuses {
    /** Decides what journey processing does with a queued member: entered (true) or errored with a message. */
    interface Processor {
        Outcome process(Journey journey, BatchMemberStatus queued, JsonNode data);
    }

    /** Journey processing's answer for one member; {@code message} is null when the contact entered. */
    record Outcome(String message) {
        boolean entered() {
            return message == null;
        }
    }

    /** A queued member waiting for journey processing, due at {@code due}. */
    private record Pending(AtomicReference<BatchMemberStatus> slot, Journey journey, JsonNode data, Instant due) {}

    static final String NOT_ADMITTED_ERRORCODE = "30000";

    private final ConcurrentLinkedQueue<AtomicReference<BatchMemberStatus>> slots = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();

    /** Records a member that was answered with an error and never queued. */
    void record(BatchMemberStatus status) {
        slots.add(new AtomicReference<>(status));
    }

    /** Records a queued member that journey processing takes at {@code due}. */
    void queue(BatchMemberStatus queued, Journey journey, JsonNode data, Instant due) {
        AtomicReference<BatchMemberStatus> slot = new AtomicReference<>(queued);
        slots.add(slot);
        pending.add(new Pending(slot, journey, data, due));
    }

    /**
     * Processes, in the order they were queued, the members due by {@code now} whose journey does not hold them:
     * each becomes processed or errored at its due time.
     */
    void processDue(Instant now, Processor processor) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.due().isAfter(now) || p.journey().entryDecision().holds()) {
                continue;
            }
            it.remove();
            BatchMemberStatus queued = p.slot().get();
            Outcome outcome = processor.process(p.journey(), queued, p.data());
            p.slot()
                    .set(
                            outcome.entered()
                                    ? queued.changedTo(BatchMemberStatus.PROCESSED, null, null, p.due())
                                    : queued.changedTo(
                                            BatchMemberStatus.ERRORED,
                                            NOT_ADMITTED_ERRORCODE,
                                            outcome.message(),
                                            p.due()));
        }
    }

    /** The errored member with this eventInstanceId becomes processed at {@code at}; null when there is none. */
    BatchMemberStatus reviseToProcessed(String eventInstanceId, Instant at) {
        for (AtomicReference<BatchMemberStatus> slot : slots) {
            BatchMemberStatus s = slot.get();
            if (eventInstanceId.equals(s.eventInstanceId()) && s.isErrored()) {
                BatchMemberStatus revised = s.changedTo(BatchMemberStatus.PROCESSED, null, null, at);
                slot.set(revised);
                return revised;
            }
        }
        return null;
    }

    /** Every member's current status, oldest first. */
    List<BatchMemberStatus> all() {
        List<BatchMemberStatus> all = new ArrayList<>();
        slots.forEach(slot -> all.add(slot.get()));
        return all;
    }

    void clear() {
        pending.clear();
        slots.clear();
    }
}
