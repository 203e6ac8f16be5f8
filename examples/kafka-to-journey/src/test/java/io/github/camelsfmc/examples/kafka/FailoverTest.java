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

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static io.github.camelsfmc.examples.kafka.KafkaToJourneyApplication.SAMPLE_EVENT_DEFINITION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * High availability: two instances of the example, each its own JVM, in one consumer group on a 4-partition topic,
 * share 20,000 contacts; one is killed with SIGKILL while a batch is in flight, the other takes over its partitions.
 * The broker and the simulator run in this JVM; the simulator's ledger says which contacts entered.
 * <p>
 * Expected, and asserted: every contact entered at least once (0 lost); contacts entered twice are exactly contacts of
 * batches the killed instance had started but not committed (its ledger lines say which offsets those held), so the
 * duplicates are at most the records of those batches, which is at most one batch (max.poll.records = 400) per
 * consumer thread of the killed instance.
 */
class FailoverTest {

    static final String TOPIC = "contacts-ha";
    static final String GROUP = "sfmc-journey-ha";
    static final int PARTITIONS = 4;
    static final int CONTACTS = 20_000;
    static final int BATCH_SIZE = 400;
    static final int CONSUMER_THREADS_PER_INSTANCE = 1;

    static EmbeddedKafkaBroker broker;
    static SfmcSimulator simulator;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start();
        broker.createTopic(TOPIC, PARTITIONS);
        broker.createTopic(TOPIC + ".DLT", 1);
        // 50 ms per SFMC call, like a real round trip: a batch is in flight most of the time
        simulator = KafkaTestSupport.sampleSimulator(50);
    }

    @AfterAll
    static void stop() {
        KafkaTestSupport.close(simulator, broker);
    }

    @Test
    void theSurvivorTakesOverTheKilledInstancesPartitionsAndNoContactIsLost() throws Exception {
        Path logs = Path.of("target", "failover");
        try (Admin admin = KafkaTestSupport.admin(broker.bootstrapServers());
                InstanceProcess survivor = InstanceProcess.start("survivor", logs, instanceSettings(), jvmOptions());
                InstanceProcess victim = InstanceProcess.start("victim", logs, instanceSettings(), jvmOptions())) {

            // 1. both instances joined and own partitions before anything is produced
            await("both instances own partitions")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> KafkaTestSupport.groupStable(admin, GROUP, TOPIC, 2, PARTITIONS));

            // 2. 20,000 contacts, keyed by contact key; remember which offset holds which contact
            KafkaTestSupport.Produced produced =
                    KafkaTestSupport.produce(broker.bootstrapServers(), TOPIC, 1, CONTACTS);

            // 3. once the victim has committed a few batches, SIGKILL it, preferably while a batch is in flight
            await("the victim committed 5 batches")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> victim.ledger().committed().size() >= 5);
            boolean inFlight = waitForInFlight(victim, Duration.ofSeconds(5));
            victim.kill();
            Ledger victimLedger = victim.ledger();
            long enteredAtKill = simulator.entryCount(SAMPLE_EVENT_DEFINITION_KEY);
            assertThat(enteredAtKill).as("killed mid-run").isLessThan(CONTACTS);

            // 4. the survivor consumes everything, the killed instance's partitions included, and commits it all
            Map<Integer, Long> endOffsets = KafkaTestSupport.endOffsets(admin, TOPIC, PARTITIONS);
            await("every contact entered and every offset committed")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> distinctEntered() == CONTACTS
                            && KafkaTestSupport.committedOffsets(admin, GROUP, TOPIC)
                                    .equals(endOffsets));

            // 5. what entered, against what the killed instance had started and not committed
            Map<String, Long> entries = simulator.entered(SAMPLE_EVENT_DEFINITION_KEY).stream()
                    .collect(Collectors.groupingBy(Entry::contactKey, Collectors.counting()));
            long lost = CONTACTS - entries.size();
            Set<String> duplicated = entries.entrySet().stream()
                    .filter(e -> e.getValue() > 1)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            long duplicates = entries.values().stream().mapToLong(n -> n - 1).sum();

            List<Ledger.Batch> uncommitted = victimLedger.uncommitted();
            long bound = uncommitted.stream().mapToLong(b -> b.records).sum();
            Set<String> inFlightContacts = new HashSet<>();
            produced.keysByPartitionAndOffset()
                    .forEach((partition, byOffset) -> byOffset.forEach((offset, key) -> {
                        if (uncommitted.stream().anyMatch(b -> b.contains(partition, offset))) {
                            inFlightContacts.add(key);
                        }
                    }));
            Ledger survivorLedger = survivor.ledger();
            Set<Integer> victimPartitions = victimLedger.committedPartitions();

            System.out.printf(
                    "FAILOVER contacts=%d partitions=%d batchSize=%d entered=%d distinct=%d lost=%d duplicates=%d "
                            + "bound=%d victimBatches=%d victimCommittedRecords=%d victimUncommitted=%s killedInFlight=%b "
                            + "enteredAtKill=%d survivorBatches=%d victimPartitions=%s%n",
                    CONTACTS,
                    PARTITIONS,
                    BATCH_SIZE,
                    entries.values().stream().mapToLong(Long::longValue).sum(),
                    entries.size(),
                    lost,
                    duplicates,
                    bound,
                    victimLedger.batches().size(),
                    victimLedger.committedRecords(),
                    uncommitted,
                    inFlight,
                    enteredAtKill,
                    survivorLedger.batches().size(),
                    victimPartitions);

            assertThat(lost).as("contacts lost").isZero();
            assertThat(duplicated)
                    .as("every duplicate is a contact of a batch the killed instance had not committed")
                    .isSubsetOf(inFlightContacts);
            assertThat(duplicates).as("duplicates").isLessThanOrEqualTo(bound);
            // one consumer thread processes one batch at a time: at most one batch is sent and not committed
            assertThat(uncommitted).hasSizeLessThanOrEqualTo(CONSUMER_THREADS_PER_INSTANCE);
            assertThat(bound).isLessThanOrEqualTo((long) BATCH_SIZE * CONSUMER_THREADS_PER_INSTANCE);
            // the survivor committed offsets of partitions the killed instance had owned
            assertThat(survivorLedger.committedPartitions()).containsAll(victimPartitions);
            assertThat(survivorLedger.committed())
                    .anySatisfy(b -> assertThat(b.startedAt).isGreaterThan(lastCommitAt(victimLedger)));
            assertThat(victim.isAlive()).isFalse();
            assertThat(survivor.isAlive()).isTrue();
        }
    }

    private static long distinctEntered() {
        return simulator.entered(SAMPLE_EVENT_DEFINITION_KEY).stream()
                .map(Entry::contactKey)
                .distinct()
                .count();
    }

    private static long lastCommitAt(Ledger ledger) {
        return ledger.committed().stream().mapToLong(b -> b.committedAt).max().orElse(0);
    }

    /** Waits (bounded) until the instance's latest batch is started and not committed; false if that was not seen. */
    private static boolean waitForInFlight(InstanceProcess instance, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (instance.ledger().inFlight()) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    private static Map<String, String> instanceSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("app.bootstrap-servers", broker.bootstrapServers());
        settings.put("app.topic", TOPIC);
        settings.put("app.dead-letter-topic", TOPIC + ".DLT");
        settings.put("app.group-id", GROUP);
        settings.put("app.batch-size", String.valueOf(BATCH_SIZE));
        settings.put("app.batch-wait-ms", "500");
        // the survivor gets the killed instance's partitions once its session expired; long enough that a busy
        // machine delaying a heartbeat thread does not expel a live instance (that would move partitions mid-batch)
        settings.put("app.session-timeout-ms", "6000");
        settings.put("app.heartbeat-interval-ms", "2000");
        settings.put("app.sample-contacts", "0");
        settings.put("app.oneshot", "false");
        settings.put("app.sfmc-url", simulator.baseUrl());
        settings.put("app.event-definition-key", SAMPLE_EVENT_DEFINITION_KEY);
        return settings;
    }

    private static String[] jvmOptions() {
        return new String[] {"-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"};
    }
}
