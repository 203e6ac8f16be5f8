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
package io.github.camelsfmc.examples.crashsafe;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.SfmcSimulator.RequestLogEntry;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.examples.crashsafe.CrashSafeBatchingApplication.SAMPLE_EVENT_DEFINITION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example's process is killed with SIGKILL mid-run and started again on the same inbox and database, against a
 * simulator that outlives it. What it shows is the at-least-once window documented in docs/reliability.md: a kill
 * between requests costs nothing; a kill while a batch request is in flight makes that batch, and only that batch,
 * enter twice.
 */
class SigkillRecoveryTest {

    private static final String BATCH_PATH = "/interaction/v1/async/events";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    SfmcSimulatorExtension sim = SfmcSimulatorExtension.of(SfmcSimulator.builder()
            .client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET)
            .journey(CrashSafeBatchingApplication.sampleJourney()));

    private Path workDir;
    private ContactInbox inbox;
    private ExampleProcess process;

    @BeforeEach
    void createInbox() throws Exception {
        workDir = Path.of("target", "sigkill", UUID.randomUUID().toString()).toAbsolutePath();
        inbox = new ContactInbox(workDir.resolve("inbox"));
    }

    @AfterEach
    void stopProcess() throws Exception {
        if (process != null) {
            process.close();
        }
    }

    @Test
    void aKillBetweenRequestsLosesNoContactAndEntersNoneTwice() throws Exception {
        writeContacts(1, 250);
        // a batch timeout longer than the test: the 50 contacts after the second batch wait for the next 50 files
        process = start("--batch-timeout-ms", "600000");
        running("two batches answered, the other 50 contacts aggregated")
                .until(() ->
                        answeredBatchRequests().size() == 2 && batchRequestsInFlight() == 0 && inbox.done() == 250);

        process.kill();

        assertThat(simulator().entryCount(SAMPLE_EVENT_DEFINITION_KEY)).isEqualTo(200);
        process = start("--batch-timeout-ms", "600000");
        writeContacts(251, 300);
        running("every contact entered").until(() -> distinctContactsEntered() == 300 && batchRequestsInFlight() == 0);
        process.close();

        assertThat(contactsEntered()).containsOnlyKeys(contactKeys(1, 300));
        assertThat(duplicates()).isEmpty();
        assertThat(answeredBatchRequests()).hasSize(3);
        assertThat(batchesLeftInDatabase()).isZero();
    }

    @Test
    void aKillWhileABatchRequestIsInFlightEntersThatBatchTwiceAndNoOtherContact() throws Exception {
        simulator().faults().latencyMillis(3000);
        // one batch's worth: no second batch can complete while this one is in flight
        writeContacts(1, 100);
        process = start("--batch-timeout-ms", "2000");
        running("the batch request in flight, its last file consumed")
                .until(() -> batchRequestsInFlight() == 1 && inbox.done() == 100);

        process.kill();
        Instant killed = Instant.now();

        // SFMC has the whole request, so it enters the batch; nobody is left to read the answer
        await("the answer nobody reads")
                .atMost(PATIENCE)
                .until(() -> answeredBatchRequests().size() == 1);
        assertThat(answeredBatchRequests().get(0).at()).isAfter(killed);
        Set<String> inFlightBatch = contactsEntered().keySet();
        assertThat(inFlightBatch).hasSize(100);

        simulator().faults().latencyMillis(0);
        process = start("--batch-timeout-ms", "2000");
        writeContacts(101, 250);
        running("every contact entered")
                .until(() -> distinctContactsEntered() == 250 && batchRequestsInFlight() == 0 && inbox.waiting() == 0);
        process.close();

        assertThat(contactsEntered()).containsOnlyKeys(contactKeys(1, 250));
        Map<String, Long> duplicates = duplicates();
        System.out.printf(
                "Killed with a batch of %d in flight: %d duplicate entries among %d contacts%n",
                inFlightBatch.size(),
                duplicates.values().stream().mapToLong(n -> n - 1).sum(),
                250);
        assertThat(duplicates.keySet()).isEqualTo(inFlightBatch);
        assertThat(duplicates.values()).allMatch(entries -> entries == 2);
        assertThat(batchesLeftInDatabase()).isZero();
    }

    /** Awaits a condition while the example process runs, failing at once if it exits (see example.log). */
    private ConditionFactory running(String condition) {
        return await(condition)
                .atMost(PATIENCE)
                .failFast(
                        "The example process exited; see " + workDir.resolve("example.log"), () -> !process.isAlive());
    }

    private ExampleProcess start(String... settings) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--inbox", workDir.resolve("inbox").toString(),
                "--database", workDir.resolve("aggregation").toString(),
                "--simulator-url", sim.baseUrl(),
                "--recovery-interval-ms", "500"));
        args.addAll(List.of(settings));
        return ExampleProcess.start(workDir.resolve("example.log"), args.toArray(String[]::new));
    }

    private void writeContacts(int first, int last) throws Exception {
        for (String key : contactKeys(first, last)) {
            inbox.write(key, "Contact " + key);
        }
    }

    private static List<String> contactKeys(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj("C%06d"::formatted).toList();
    }

    private SfmcSimulator simulator() {
        return sim.simulator();
    }

    /** Batch requests the simulator has sent an answer to (the request log is written when the answer is sent). */
    private List<RequestLogEntry> answeredBatchRequests() {
        return simulator().requestLog().stream()
                .filter(request -> request.path().equals(BATCH_PATH))
                .toList();
    }

    /** Batch requests received in full and not answered yet. */
    private long batchRequestsInFlight() {
        return simulator().stats().batchEventRequests()
                - answeredBatchRequests().size();
    }

    /** ContactKey to the number of times it entered the journey. */
    private Map<String, Long> contactsEntered() {
        return simulator().entered(SAMPLE_EVENT_DEFINITION_KEY).stream()
                .collect(Collectors.groupingBy(Entry::contactKey, Collectors.counting()));
    }

    private long distinctContactsEntered() {
        return contactsEntered().size();
    }

    private Map<String, Long> duplicates() {
        return contactsEntered().entrySet().stream()
                .filter(entered -> entered.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Batches being filled plus completed batches not confirmed; read after the process stopped. */
    private int batchesLeftInDatabase() throws Exception {
        AggregationDatabase database = AggregationDatabase.open(workDir.resolve("aggregation"));
        int rows = 0;
        try (Connection connection = database.dataSource().getConnection();
                Statement sql = connection.createStatement()) {
            for (String table : List.of(AggregationDatabase.TABLE, AggregationDatabase.TABLE + "_completed")) {
                try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    rows += count.getInt(1);
                }
            }
        }
        return rows;
    }
}
