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
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One journey's records: the contacts that entered, the ones silently dropped, the keys that entered once (for the
 * re-entry rule) and the contacts that finished the journey. Updates the simulator-wide counters as it records.
 */
final class JourneyBook {
    /** A drop with what an entry needs should the drop be revised into one. */
    private record RecordedDrop(Drop drop, int version, String journeyContactKey) {}

    private final Counters counters;
    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<RecordedDrop> drops = new ConcurrentLinkedQueue<>();
    private final AtomicLong enteredCount = new AtomicLong();
    private final AtomicLong droppedCount = new AtomicLong();
    private final Set<String> enteredKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> finished = new ConcurrentHashMap<>();

    JourneyBook(Counters counters) {
        this.counters = counters;
    }

    /** Remembers that this key entered; false when it had entered before. */
    boolean firstEntryOf(String journeyContactKey) {
        return enteredKeys.add(journeyContactKey);
    }

    void enter(Entry entry) {
        enteredKeys.add(entry.journeyContactKey());
        entries.add(entry);
        enteredCount.incrementAndGet();
        counters.contactsEntered.increment();
    }

    void drop(Drop drop, int version, String journeyContactKey) {
        drops.add(new RecordedDrop(drop, version, journeyContactKey));
        droppedCount.incrementAndGet();
        counters.contactsDropped.increment();
    }

    /**
     * The drop of this event instance becomes an entry at {@code at}, into the version that refused it: it leaves
     * the drops and joins the entries. False when no drop has this eventInstanceId.
     */
    boolean reviseDropToEntry(String eventInstanceId, Instant at) {
        for (Iterator<RecordedDrop> it = drops.iterator(); it.hasNext(); ) {
            RecordedDrop r = it.next();
            Drop d = r.drop();
            if (eventInstanceId.equals(d.eventInstanceId()) && drops.remove(r)) {
                droppedCount.decrementAndGet();
                counters.contactsDropped.decrement();
                enter(new Entry(
                        d.contactKey(),
                        d.data(),
                        eventInstanceId,
                        d.requestId(),
                        d.via(),
                        at,
                        r.version(),
                        r.journeyContactKey()));
                return true;
            }
        }
        return false;
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    List<Drop> drops() {
        List<Drop> out = new ArrayList<>();
        drops.forEach(r -> out.add(r.drop()));
        return out;
    }

    long enteredCount() {
        return enteredCount.get();
    }

    long droppedCount() {
        return droppedCount.get();
    }

    void finish(String journeyContactKey, Instant at) {
        finished.putIfAbsent(journeyContactKey, at);
    }

    /** When the contact finished the journey, or null while it has not. */
    Instant finishedAt(String journeyContactKey) {
        return finished.get(journeyContactKey);
    }

    /** The versions the contact is in now (entered, not finished), by the key Journey Builder used. */
    SortedSet<Integer> membership(String journeyContactKey) {
        SortedSet<Integer> versions = new TreeSet<>();
        if (finished.containsKey(journeyContactKey)) {
            return versions;
        }
        for (Entry e : entries) {
            if (journeyContactKey.equals(e.journeyContactKey())) {
                versions.add(e.version());
            }
        }
        return versions;
    }
}
