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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * One batch of Kafka records as the route sees it: the contacts (record values, in record order), where each came from
 * (partition and offset), and, per partition, the manual commit of the batch's last record of that partition.
 * <p>
 * camel-kafka's batching consumer puts a {@link KafkaManualCommit} on every record, and on the batch exchange only the
 * one of the batch's <em>last</em> record, which commits that record's partition alone. A batch usually spans several
 * partitions, so committing the batch means committing each partition's highest offset: that is what
 * {@link #commit()} does.
 */
public final class KafkaBatch {

    private final long sequence;
    private final String topic;
    private final List<Object> contacts;
    private final int[] partitions;
    private final long[] offsets;
    private final Map<Integer, KafkaManualCommit> lastCommitPerPartition;

    private KafkaBatch(
            long sequence,
            String topic,
            List<Object> contacts,
            int[] partitions,
            long[] offsets,
            Map<Integer, KafkaManualCommit> lastCommitPerPartition) {
        this.sequence = sequence;
        this.topic = topic;
        this.contacts = contacts;
        this.partitions = partitions;
        this.offsets = offsets;
        this.lastCommitPerPartition = lastCommitPerPartition;
    }

    /** Reads the batch exchange's body, a {@code List<Exchange>} with one exchange per record. */
    static KafkaBatch of(long sequence, List<?> records) {
        List<Object> contacts = new ArrayList<>(records.size());
        int[] partitions = new int[records.size()];
        long[] offsets = new long[records.size()];
        Map<Integer, KafkaManualCommit> commits = new TreeMap<>();
        String topic = null;
        for (int i = 0; i < records.size(); i++) {
            Message record = ((Exchange) records.get(i)).getMessage();
            topic = record.getHeader(KafkaConstants.TOPIC, String.class);
            partitions[i] = record.getHeader(KafkaConstants.PARTITION, Integer.class);
            offsets[i] = record.getHeader(KafkaConstants.OFFSET, Long.class);
            contacts.add(record.getBody());
            KafkaManualCommit commit = record.getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
            if (commit == null) {
                throw new IllegalStateException("No manual commit on record " + partitions[i] + ":" + offsets[i]
                        + ": the consumer needs allowManualCommit=true");
            }
            // records of one partition arrive in offset order, so the last one seen is the highest
            commits.put(partitions[i], commit);
        }
        return new KafkaBatch(
                sequence,
                topic,
                Collections.unmodifiableList(contacts),
                partitions,
                offsets,
                Collections.unmodifiableMap(commits));
    }

    public long sequence() {
        return sequence;
    }

    public String topic() {
        return topic;
    }

    /** The record values, as they arrived; the body handed to sfmc-journey. */
    public List<Object> contacts() {
        return contacts;
    }

    public int size() {
        return contacts.size();
    }

    public int partitionOf(int index) {
        return partitions[index];
    }

    public long offsetOf(int index) {
        return offsets[index];
    }

    /** Commits, partition by partition, the offset after the batch's last record of that partition (commitSync). */
    public void commit() {
        lastCommitPerPartition.values().forEach(KafkaManualCommit::commit);
    }

    /** {@code 0:120-519,3:40-79}: per partition, the first and last offset of the batch. */
    public String ranges() {
        Map<Integer, long[]> ranges = new TreeMap<>();
        for (int i = 0; i < partitions.length; i++) {
            long offset = offsets[i];
            ranges.merge(partitions[i], new long[] {offset, offset}, (a, b) ->
                    new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        return ranges.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()[0] + "-" + e.getValue()[1])
                .collect(Collectors.joining(","));
    }

    /** {@code 0:520,3:80}: per partition, the offset committed for the group (last offset + 1). */
    public String nextOffsets() {
        Map<Integer, Long> next = new TreeMap<>();
        for (int i = 0; i < partitions.length; i++) {
            next.merge(partitions[i], offsets[i] + 1, Math::max);
        }
        return next.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
