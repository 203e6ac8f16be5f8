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
package io.github.camelsfmc.journey;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelsfmc.journey.model.EntryStatus;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer reports the contacts that SFMC queued and journey processing then dropped: each once, with SFMC's
 * reason, across polls and across a restart with file-backed state.
 */
class EntryVerificationTest extends SfmcJourneyTestSupport {

    private static final String VERIFY_KEY = "Verify-Event";
    private static final String STATUS_PATH = "/interaction/v1/async/events/status";

    @TempDir
    Path state;

    private final List<EntryStatus> received = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> headers = new CopyOnWriteArrayList<>();
    private CamelContext consumerContext;

    @BeforeEach
    void journeyForKnownContactsOnly() {
        // journey processing decides a while after the batch was accepted, as SFMC does
        simulator().processingDelay(Duration.ofMillis(300));
        simulator()
                .addJourney(Journey.builder(VERIFY_KEY)
                        .status(JourneyStatus.PUBLISHED)
                        .field(DataExtensionField.primaryKey("ContactKey", 50))
                        .knownContactsOnly("known-1", "known-2", "known-3", "known-4")
                        .build());
    }

    @AfterEach
    void stopConsumer() {
        if (consumerContext != null) {
            consumerContext.stop();
        }
        simulator().removeJourney(VERIFY_KEY);
    }

    @Test
    void theContactsJourneyProcessingDroppedComeOutOnceWithReasonsAcrossPollsAndARestart() throws Exception {
        sendBatch("known-1", "stranger-1", "known-2", "stranger-2");
        startConsumer();
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
        awaitFurtherPolls(2);
        consumerContext.stop();

        sendBatch("known-3", "stranger-3", "known-4");
        startConsumer();
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 3);
        awaitFurtherPolls(2);

        assertThat(received)
                .extracting(EntryStatus::getContactKey)
                .containsExactlyInAnyOrder("stranger-1", "stranger-2", "stranger-3");
        assertThat(received).allSatisfy(status -> {
            assertThat(status.getStatus()).isEqualTo("errored");
            assertThat(status.getMessage()).contains("UNKNOWN_CONTACT");
            assertThat(status.getEventInstanceId()).isNotNull();
        });
    }

    @Test
    void contactsQueuedBeforeTheJourneyWasPausedComeOutAsErroredWithThatReason() throws Exception {
        sendBatch("known-1", "known-2");
        simulator().journey(VERIFY_KEY).status(JourneyStatus.PAUSED);
        startConsumer();

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
        assertThat(received).extracting(EntryStatus::getContactKey).containsExactlyInAnyOrder("known-1", "known-2");
        assertThat(received)
                .allSatisfy(status -> assertThat(status.getMessage()).contains("JOURNEY_NOT_RUNNING"));
    }

    @Test
    void eachStatusCarriesItsContactAndReasonInHeaders() throws Exception {
        sendBatch("known-1", "stranger-1");
        startConsumer();
        await().atMost(Duration.ofSeconds(20)).until(() -> !headers.isEmpty());

        Map<String, Object> first = headers.get(0);
        assertThat(first)
                .containsEntry(SfmcJourneyConstants.CONTACT_KEY, "stranger-1")
                .containsEntry(SfmcJourneyConstants.STATUS, "errored")
                .containsEntry(
                        SfmcJourneyConstants.EVENT_INSTANCE_ID, received.get(0).getEventInstanceId())
                .containsEntry(SfmcJourneyConstants.REQUEST_ID, received.get(0).getRequestId());
        assertThat((String) first.get(SfmcJourneyConstants.MESSAGE)).contains("UNKNOWN_CONTACT");
        assertThat(first.get(SfmcJourneyConstants.ERRORCODE)).isNotNull();
    }

    @Test
    void processedStatusesAreTheContactsSfmcReportsProcessed() throws Exception {
        sendBatch("known-1", "stranger-1", "known-2");
        startConsumer("statusType=processed");

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
        awaitFurtherPolls(1);
        assertThat(received).extracting(EntryStatus::getContactKey).containsExactlyInAnyOrder("known-1", "known-2");
    }

    private void sendBatch(String... contactKeys) {
        List<Map<String, Object>> batch = java.util.Arrays.stream(contactKeys)
                .map(key -> Map.<String, Object>of("ContactKey", key))
                .toList();
        template.sendBody(journeyUri(VERIFY_KEY, "preflight=off&validation=off"), batch);
    }

    private void startConsumer() throws Exception {
        startConsumer("");
    }

    private void startConsumer(String options) throws Exception {
        FileStateRepository windows =
                FileStateRepository.fileStateRepository(state.resolve("windows").toFile());
        FileIdempotentRepository delivered =
                (FileIdempotentRepository) FileIdempotentRepository.fileIdempotentRepository(
                        state.resolve("delivered").toFile());
        consumerContext = new DefaultCamelContext();
        consumerContext.getRegistry().bind("windows", windows);
        consumerContext.getRegistry().bind("delivered", delivered);
        consumerContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(journeyUri(
                                VERIFY_KEY,
                                "settleTime=0&initialDelay=0&delay=100&stateRepository=#windows"
                                        + "&idempotentRepository=#delivered"
                                        + (options.isEmpty() ? "" : "&" + options)))
                        .process(exchange -> {
                            received.add(exchange.getMessage().getBody(EntryStatus.class));
                            headers.add(exchange.getMessage().getHeaders());
                        });
            }
        });
        consumerContext.start();
    }

    /** Waits until the consumer has asked SFMC at least this many more times. */
    private void awaitFurtherPolls(int polls) {
        long before = statusRequests();
        await().atMost(Duration.ofSeconds(20)).until(() -> statusRequests() >= before + polls);
    }

    private long statusRequests() {
        return simulator().requestLog().stream()
                .filter(request -> request.path().startsWith(STATUS_PATH))
                .count();
    }
}
