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
package io.github.camelsfmc.examples.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an instance wrote in its ledger lines (see {@link BatchLedger}), read back from its output file: every batch it
 * started, with the partition ranges it held, and whether it logged the commit.
 */
final class Ledger {

    private static final Pattern BATCH =
            Pattern.compile("^BATCH instance=(\\S+) seq=(\\d+) records=(\\d+) ranges=(\\S*) t=(\\d+)$");
    private static final Pattern SENT =
            Pattern.compile("^SENT instance=\\S+ seq=(\\d+) queued=(\\d+) notQueued=(\\d+) t=(\\d+)$");
    private static final Pattern COMMITTED =
            Pattern.compile("^COMMITTED instance=\\S+ seq=(\\d+) offsets=(\\S*) t=(\\d+)$");

    /** One batch: its records per partition as inclusive offset ranges, and what happened to it. */
    static final class Batch {
        final long sequence;
        final int records;
        final Map<Integer, long[]> ranges;
        final long startedAt;
        Integer queued;
        Long committedAt;

        Batch(long sequence, int records, Map<Integer, long[]> ranges, long startedAt) {
            this.sequence = sequence;
            this.records = records;
            this.ranges = ranges;
            this.startedAt = startedAt;
        }

        boolean committed() {
            return committedAt != null;
        }

        boolean contains(int partition, long offset) {
            long[] range = ranges.get(partition);
            return range != null && offset >= range[0] && offset <= range[1];
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("seq=" + sequence + " records=" + records + " ranges=");
            ranges.forEach((p, r) -> text.append(p)
                    .append(':')
                    .append(r[0])
                    .append('-')
                    .append(r[1])
                    .append(' '));
            return text.append(committed() ? "committed" : "NOT committed").toString();
        }
    }

    private final Map<Long, Batch> batches;

    private Ledger(Map<Long, Batch> batches) {
        this.batches = batches;
    }

    static Ledger read(Path output) {
        List<String> lines;
        try {
            lines = Files.exists(output) ? Files.readAllLines(output) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Long, Batch> batches = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = BATCH.matcher(line);
            if (m.matches()) {
                long seq = Long.parseLong(m.group(2));
                batches.put(
                        seq,
                        new Batch(seq, Integer.parseInt(m.group(3)), ranges(m.group(4)), Long.parseLong(m.group(5))));
                continue;
            }
            m = SENT.matcher(line);
            if (m.matches() && batches.containsKey(Long.parseLong(m.group(1)))) {
                batches.get(Long.parseLong(m.group(1))).queued = Integer.parseInt(m.group(2));
                continue;
            }
            m = COMMITTED.matcher(line);
            if (m.matches() && batches.containsKey(Long.parseLong(m.group(1)))) {
                batches.get(Long.parseLong(m.group(1))).committedAt = Long.parseLong(m.group(3));
            }
        }
        return new Ledger(batches);
    }

    private static Map<Integer, long[]> ranges(String text) {
        Map<Integer, long[]> ranges = new TreeMap<>();
        if (!text.isEmpty()) {
            for (String part : text.split(",")) {
                String[] pr = part.split(":");
                String[] fromTo = pr[1].split("-");
                ranges.put(Integer.parseInt(pr[0]), new long[] {Long.parseLong(fromTo[0]), Long.parseLong(fromTo[1])});
            }
        }
        return ranges;
    }

    List<Batch> batches() {
        return new ArrayList<>(batches.values());
    }

    List<Batch> committed() {
        return batches.values().stream().filter(Batch::committed).toList();
    }

    /** Batches started (and so possibly sent to SFMC) whose commit was never logged. */
    List<Batch> uncommitted() {
        return batches.values().stream().filter(b -> !b.committed()).toList();
    }

    long committedRecords() {
        return committed().stream().mapToLong(b -> b.records).sum();
    }

    /** True when the latest batch was started and not yet committed: a batch is in flight. */
    boolean inFlight() {
        Batch last = null;
        for (Batch b : batches.values()) {
            last = b;
        }
        return last != null && !last.committed();
    }

    /** The partitions this instance committed offsets for, in any batch. */
    java.util.Set<Integer> committedPartitions() {
        java.util.Set<Integer> partitions = new java.util.TreeSet<>();
        committed().forEach(b -> partitions.addAll(b.ranges.keySet()));
        return partitions;
    }
}
