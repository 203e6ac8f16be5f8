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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.SimulatorStats;

import static io.github.camelsfmc.examples.kafka.KafkaToJourneyApplication.SAMPLE_EVENT_DEFINITION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Throughput of the Kafka example with 1 and with 2 instances (separate JVMs, one consumer group, 4 partitions)
 * against the simulator at 50 ms per call, without a client-side limit and with one request budget shared between the
 * instances ({@code maxRequestsPerSecond} = budget / instances). Not part of the default build:
 *
 * <pre>
 * ./mvnw -B -pl examples/kafka-to-journey -am verify -Pscale -Dtest=ScaleMeasurementTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Prints one {@code SCALE} line per run and writes them to {@code target/scale-results.txt}. The window of a run is
 * from the first batch any instance started to the last commit any instance made (from their ledger lines), after
 * both instances owned partitions and before the contacts were produced, so start-up is not in it.
 */
@Tag("scale")
class ScaleMeasurementTest {

    static final int PARTITIONS = 4;
    static final int BATCH_SIZE = 400;
    static final long LATENCY_MS = 50;
    static final int UNTHROTTLED_CONTACTS = Integer.getInteger("scale.contacts", 60_000);
    /** The account's request budget for the throttled runs (SFMC publishes none: an example figure). */
    static final int BUDGET_REQUESTS_PER_SECOND = Integer.getInteger("scale.budget", 20);

    static final int THROTTLED_CONTACTS = Integer.getInteger("scale.throttled-contacts", 24_000);

    static EmbeddedKafkaBroker broker;
    static SfmcSimulator simulator;
    static final List<String> results = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start();
        simulator = KafkaTestSupport.sampleSimulator(LATENCY_MS);
    }

    @AfterAll
    static void stop() throws IOException {
        KafkaTestSupport.close(simulator, broker);
        Path file = Path.of("target", "scale-results.txt");
        Files.write(file, results, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    @Test
    void throughputWithOneAndTwoInstances() throws Exception {
        Run one = run("unthrottled-1", 1, 0, UNTHROTTLED_CONTACTS);
        Run two = run("unthrottled-2", 2, 0, UNTHROTTLED_CONTACTS);
        Run budgetOne = run("budget-1", 1, BUDGET_REQUESTS_PER_SECOND, THROTTLED_CONTACTS);
        Run budgetTwo = run("budget-2", 2, BUDGET_REQUESTS_PER_SECOND / 2, THROTTLED_CONTACTS);
        report(String.format(
                "SCALE-RATIO unthrottled 2/1 = %.2f; budget %d req/s 2/1 = %.2f",
                two.contactsPerSecond() / one.contactsPerSecond(),
                BUDGET_REQUESTS_PER_SECOND,
                budgetTwo.contactsPerSecond() / budgetOne.contactsPerSecond()));
    }

    record Run(
            String name,
            int instances,
            int maxRequestsPerSecond,
            int contacts,
            long windowMillis,
            long requests,
            long tokenRequests,
            List<Long> recordsPerInstance,
            long duplicates) {

        double contactsPerSecond() {
            return contacts * 1000.0 / windowMillis;
        }
    }

    private Run run(String name, int instances, int maxRequestsPerSecond, int contacts) throws Exception {
        String topic = "scale-" + name;
        String group = "scale-" + name;
        broker.createTopic(topic, PARTITIONS);
        broker.createTopic(topic + ".DLT", 1);
        simulator.reset();
        Path logs = Path.of("target", "scale", name);
        List<InstanceProcess> processes = new ArrayList<>();
        try (Admin admin = KafkaTestSupport.admin(broker.bootstrapServers())) {
            for (int i = 1; i <= instances; i++) {
                processes.add(InstanceProcess.start(
                        "instance-" + i, logs, settings(topic, group, maxRequestsPerSecond), "-Xmx512m"));
            }
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> KafkaTestSupport.groupStable(admin, group, topic, instances, PARTITIONS));
            String loadBefore = loadAverage();
            SampleContacts.produce(broker.bootstrapServers(), topic, contacts, 0);
            Duration patience = Duration.ofSeconds(60 + contacts / 200);
            await().atMost(patience)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> processes.stream()
                                    .mapToLong(p -> p.ledger().committedRecords())
                                    .sum()
                            >= contacts);
            SimulatorStats stats = simulator.stats();
            long entered = simulator.entryCount(SAMPLE_EVENT_DEFINITION_KEY);
            List<Ledger> ledgers =
                    processes.stream().map(InstanceProcess::ledger).toList();
            long first = ledgers.stream()
                    .flatMap(l -> l.batches().stream())
                    .mapToLong(b -> b.startedAt)
                    .min()
                    .orElseThrow();
            long last = ledgers.stream()
                    .flatMap(l -> l.committed().stream())
                    .mapToLong(b -> b.committedAt)
                    .max()
                    .orElseThrow();
            long distinct = simulator.entered(SAMPLE_EVENT_DEFINITION_KEY).stream()
                    .map(e -> e.contactKey())
                    .distinct()
                    .count();
            assertThat(distinct).isEqualTo(contacts);
            Run run = new Run(
                    name,
                    instances,
                    maxRequestsPerSecond,
                    contacts,
                    last - first,
                    stats.batchEventRequests(),
                    stats.tokenRequests(),
                    ledgers.stream().map(Ledger::committedRecords).toList(),
                    entered - distinct);
            report(String.format(
                    "SCALE run=%s instances=%d maxRequestsPerSecondPerInstance=%d contacts=%d windowMs=%d "
                            + "contactsPerSecond=%.0f batchRequests=%d requestsPerSecond=%.1f tokenRequests=%d "
                            + "recordsPerInstance=%s duplicates=%d latencyMs=%d batchSize=%d partitions=%d "
                            + "loadAverageBefore=%s loadAverageAfter=%s",
                    run.name(),
                    instances,
                    maxRequestsPerSecond,
                    contacts,
                    run.windowMillis(),
                    run.contactsPerSecond(),
                    run.requests(),
                    run.requests() * 1000.0 / run.windowMillis(),
                    run.tokenRequests(),
                    run.recordsPerInstance(),
                    run.duplicates(),
                    LATENCY_MS,
                    BATCH_SIZE,
                    PARTITIONS,
                    loadBefore,
                    loadAverage()));
            return run;
        } finally {
            for (InstanceProcess p : processes) {
                p.stop();
            }
        }
    }

    private static Map<String, String> settings(String topic, String group, int maxRequestsPerSecond) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("app.bootstrap-servers", broker.bootstrapServers());
        settings.put("app.topic", topic);
        settings.put("app.dead-letter-topic", topic + ".DLT");
        settings.put("app.group-id", group);
        settings.put("app.batch-size", String.valueOf(BATCH_SIZE));
        settings.put("app.batch-wait-ms", "500");
        settings.put("app.max-requests-per-second", String.valueOf(maxRequestsPerSecond));
        settings.put("app.sample-contacts", "0");
        settings.put("app.oneshot", "false");
        settings.put("app.sfmc-url", simulator.baseUrl());
        settings.put("app.event-definition-key", SAMPLE_EVENT_DEFINITION_KEY);
        return settings;
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, so say how busy it was. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static void report(String line) {
        System.out.println(line);
        results.add(line);
    }
}
