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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.github.camelsfmc.simulator.Faults;
import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * What the Kafka tests share: the simulator they enter into, and admin-side views of the broker (offsets, group
 * membership, produced positions).
 */
final class KafkaTestSupport {

    private KafkaTestSupport() {}

    /** The simulator with the example's sample journey, answering each SFMC call after {@code latencyMillis}. */
    static SfmcSimulator sampleSimulator(long latencyMillis) {
        return SfmcSimulator.builder()
                .client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET)
                .journey(KafkaToJourneyApplication.sampleJourney())
                .faults(Faults.builder().latencyMillis(latencyMillis).build())
                .start();
    }

    /** Closes the simulator and the broker a test class started, whichever of them did start. */
    static void close(SfmcSimulator simulator, EmbeddedKafkaBroker broker) {
        if (simulator != null) {
            simulator.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    /** Where each produced contact landed: contact key by partition and offset. */
    record Produced(Map<Integer, Map<Long, String>> keysByPartitionAndOffset, int count) {

        String keyAt(int partition, long offset) {
            return keysByPartitionAndOffset.getOrDefault(partition, Map.of()).get(offset);
        }
    }

    /** Produces sample contacts first..last (inclusive) and remembers where each went. */
    static Produced produce(String bootstrapServers, String topic, int first, int last) throws Exception {
        Map<Integer, Map<Long, String>> positions = new HashMap<>();
        try (KafkaProducer<String, String> producer = SampleContacts.producer(bootstrapServers)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int n = first; n <= last; n++) {
                String key = SampleContacts.contactKey(n);
                keys.add(key);
                sent.add(producer.send(new ProducerRecord<>(topic, key, SampleContacts.json(n))));
            }
            producer.flush();
            for (int i = 0; i < sent.size(); i++) {
                RecordMetadata metadata = sent.get(i).get(30, TimeUnit.SECONDS);
                positions
                        .computeIfAbsent(metadata.partition(), p -> new HashMap<>())
                        .put(metadata.offset(), keys.get(i));
            }
        }
        return new Produced(positions, last - first + 1);
    }

    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    static Map<Integer, Long> endOffsets(Admin admin, String topic, int partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
                admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
        return result.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> e.getKey().partition(), e -> e.getValue().offset()));
    }

    /** The group's committed offsets for the topic's partitions; a partition never committed is absent. */
    static Map<Integer, Long> committedOffsets(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        Map<Integer, Long> offsets = new HashMap<>();
        committed.forEach((tp, om) -> {
            if (tp.topic().equals(topic) && om != null) {
                offsets.put(tp.partition(), om.offset());
            }
        });
        return offsets;
    }

    /** True when the group is stable with {@code members} members, each owning at least one partition of the topic. */
    static boolean groupStable(Admin admin, String group, String topic, int members, int partitions) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                .all()
                .get(30, TimeUnit.SECONDS)
                .get(group);
        if (description.state() != ConsumerGroupState.STABLE
                || description.members().size() != members) {
            return false;
        }
        Set<Integer> owned = new TreeSet<>();
        for (var member : description.members()) {
            Set<Integer> mine = member.assignment().topicPartitions().stream()
                    .filter(tp -> tp.topic().equals(topic))
                    .map(TopicPartition::partition)
                    .collect(Collectors.toSet());
            if (mine.isEmpty()) {
                return false;
            }
            owned.addAll(mine);
        }
        return owned.size() == partitions;
    }

    /** Reads a whole (small) topic from the beginning, without a group. */
    static List<ConsumerRecord<String, String>> readAll(
            String bootstrapServers, String topic, int expected, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
