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

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static io.github.camelsfmc.examples.kafka.KafkaToJourneyApplication.SAMPLE_EVENT_DEFINITION_KEY;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML route in this JVM against the embedded KRaft broker and the simulator: what one instance does with a
 * topic, checked from the outside (simulator ledger, dead-letter topic, the group's committed offsets).
 */
class KafkaToJourneyTest {

    /** How long SFMC keeps its answer in the held-answer test: ample time to read the offsets meanwhile. */
    private static final Duration HELD_ANSWER = Duration.ofSeconds(4);

    static EmbeddedKafkaBroker broker;
    static SfmcSimulator simulator;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start();
        simulator = KafkaTestSupport.sampleSimulator(0);
    }

    @AfterAll
    static void stop() {
        KafkaTestSupport.close(simulator, broker);
    }

    @Test
    void everyContactIsQueuedOrDeadLetteredAndOnlyThenCommitted() throws Exception {
        Scenario s = new Scenario("sample");
        int produced = SampleContacts.produce(broker.bootstrapServers(), s.topic, 1000, 2);

        KafkaToJourney.Summary summary = s.runUntilCommitted(produced);

        Map<String, Long> entries = entriesByKey();
        assertThat(entries)
                .hasSize(1000)
                .allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1L));
        assertThat(summary.queued()).isEqualTo(1000);
        assertThat(summary.deadLettered()).isEqualTo(2);
        assertThat(summary.records()).isEqualTo(1002);
        // 1,002 records in batches of at most 400
        assertThat(summary.batches()).isBetween(3L, 6L);

        List<ConsumerRecord<String, String>> dead =
                KafkaTestSupport.readAll(broker.bootstrapServers(), s.deadLetterTopic, 2, Duration.ofSeconds(30));
        assertThat(dead).hasSize(2).allSatisfy(r -> {
            assertThat(r.value()).contains("\"FirstName\":\"No Key\"");
            assertThat(header(r, DeadLetters.ERROR_HEADER))
                    .startsWith("rejected")
                    .contains("ContactKey");
            assertThat(header(r, DeadLetters.SOURCE_HEADER)).startsWith(s.topic + "-");
        });

        try (Admin admin = KafkaTestSupport.admin(broker.bootstrapServers())) {
            assertThat(KafkaTestSupport.committedOffsets(admin, s.group, s.topic))
                    .isEqualTo(KafkaTestSupport.endOffsets(admin, s.topic, 4));
        }
    }

    @Test
    void noOffsetIsCommittedWhileSfmcHoldsItsAnswer() throws Exception {
        Scenario s = new Scenario("held-answer");
        try (Admin admin = KafkaTestSupport.admin(broker.bootstrapServers())) {
            // a first record, answered at once: preflight is done and one commit is in place
            KafkaTestSupport.produce(broker.bootstrapServers(), s.topic, 1, 1);
            CompletableFuture<KafkaToJourney.Summary> run = s.start(20);
            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            simulator.entryCount(SAMPLE_EVENT_DEFINITION_KEY) == 1 && committedRecords(admin, s) == 1);
            Map<Integer, Long> committedBeforeTheHold = KafkaTestSupport.committedOffsets(admin, s.group, s.topic);

            // SFMC now keeps every answer for HELD_ANSWER: the next batch reaches it and waits there
            long batchRequestsBefore = simulator.stats().batchEventRequests();
            simulator.faults().latencyMillis(HELD_ANSWER.toMillis());
            KafkaTestSupport.produce(broker.bootstrapServers(), s.topic, 2, 20);
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> simulator.stats().batchEventRequests() > batchRequestsBefore);
            Map<Integer, Long> committedWhileHeld = KafkaTestSupport.committedOffsets(admin, s.group, s.topic);
            long enteredWhenRead = simulator.entryCount(SAMPLE_EVENT_DEFINITION_KEY);
            simulator.faults().latencyMillis(0);

            assertThat(enteredWhenRead)
                    .as("the offsets were read while SFMC still held its answer")
                    .isEqualTo(1);
            assertThat(committedWhileHeld)
                    .as("offsets committed while SFMC had not answered")
                    .isEqualTo(committedBeforeTheHold);
            KafkaToJourney.Summary summary = run.get(120, TimeUnit.SECONDS);
            assertThat(summary.queued()).isEqualTo(20);
            assertThat(KafkaTestSupport.committedOffsets(admin, s.group, s.topic))
                    .isEqualTo(KafkaTestSupport.endOffsets(admin, s.topic, 4));
        } finally {
            simulator.faults().latencyMillis(0);
        }
    }

    @Test
    void contactsSfmcFailsAfterTheRetriesGoToTheDeadLetterTopicWithTheirErrorBeforeTheCommit() throws Exception {
        Scenario s = new Scenario("sfmc-down");
        int produced = SampleContacts.produce(broker.bootstrapServers(), s.topic, 30, 0);
        simulator.faults().serverErrorRate(1.0).retryAfterSeconds(0);
        KafkaToJourney.Summary summary;
        try {
            summary = s.runUntilCommitted(produced);
        } finally {
            simulator.faults().serverErrorRate(0.0);
        }

        assertThat(entriesByKey()).isEmpty();
        assertThat(summary.deadLettered()).isEqualTo(30);
        List<ConsumerRecord<String, String>> dead =
                KafkaTestSupport.readAll(broker.bootstrapServers(), s.deadLetterTopic, 30, Duration.ofSeconds(30));
        assertThat(dead).hasSize(30).allSatisfy(r -> {
            assertThat(header(r, DeadLetters.HTTP_STATUS_HEADER)).isEqualTo("503");
            assertThat(header(r, DeadLetters.ERROR_HEADER)).contains("503");
        });
        assertThat(dead)
                .extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 30)
                        .mapToObj(SampleContacts::json)
                        .toList());
        try (Admin admin = KafkaTestSupport.admin(broker.bootstrapServers())) {
            assertThat(KafkaTestSupport.committedOffsets(admin, s.group, s.topic))
                    .isEqualTo(KafkaTestSupport.endOffsets(admin, s.topic, 4));
        }
    }

    /** Records the group committed on the scenario's topic: the sum of its committed offsets. */
    private static long committedRecords(Admin admin, Scenario s) throws Exception {
        return KafkaTestSupport.committedOffsets(admin, s.group, s.topic).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    private static Map<String, Long> entriesByKey() {
        return simulator.entered(SAMPLE_EVENT_DEFINITION_KEY).stream()
                .collect(Collectors.groupingBy(Entry::contactKey, Collectors.counting()));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            return null;
        }
        byte[] value = header.value();
        // camel-kafka writes Strings as UTF-8 and Integers as 4 bytes
        if (value.length == 4 && name.equals(DeadLetters.HTTP_STATUS_HEADER)) {
            return String.valueOf(ByteBuffer.wrap(value).getInt());
        }
        return new String(value, UTF_8);
    }

    /** One topic, dead-letter topic and group per test, on the shared broker; a clean simulator ledger. */
    private static final class Scenario {
        final String topic;
        final String deadLetterTopic;
        final String group;

        Scenario(String name) {
            topic = "contacts-" + name;
            deadLetterTopic = topic + ".DLT";
            group = "group-" + name;
            broker.createTopic(topic, 4);
            broker.createTopic(deadLetterTopic, 1);
            simulator.reset();
        }

        KafkaToJourney.Summary runUntilCommitted(long records) throws Exception {
            // Camel Main blocks until the records are committed; a hang fails the test instead of the build
            return start(records).get(120, TimeUnit.SECONDS);
        }

        /** Runs the route in the background until {@code records} records are committed. */
        CompletableFuture<KafkaToJourney.Summary> start(long records) {
            KafkaToJourneySettings settings =
                    KafkaToJourneySettings.load(Map.of()).withBootstrapServers(broker.bootstrapServers());
            KafkaToJourneySettings mine = new KafkaToJourneySettings(
                    settings.bootstrapServers(),
                    topic,
                    deadLetterTopic,
                    group,
                    4,
                    settings.batchSize(),
                    500,
                    settings.sessionTimeoutMillis(),
                    settings.heartbeatIntervalMillis(),
                    0,
                    0,
                    true,
                    "",
                    SAMPLE_EVENT_DEFINITION_KEY,
                    "test");
            Map<String, String> sfmc =
                    SfmcTarget.simulator(simulator, SAMPLE_EVENT_DEFINITION_KEY).camelProperties();
            return CompletableFuture.supplyAsync(unchecked(() -> KafkaToJourney.run(mine, sfmc, records)));
        }
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> Supplier<T> unchecked(Call<T> call) {
        return () -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
