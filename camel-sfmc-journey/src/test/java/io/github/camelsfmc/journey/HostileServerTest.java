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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.ObjectHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.HostileAnswers;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.SimulatedApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the simulator's hostile answers ({@code faults().hostile()}), every exchange ends within its deadline, with
 * a short message that names the problem and no credential in it, carries the contacts it did not deliver, and reports
 * nothing as queued that SFMC did not queue.
 */
class HostileServerTest extends SfmcJourneyTestSupport {

    /** Well above each deadline used below, well below the time the trickling answers would take. */
    private static final Duration GENEROUS_MARGIN = Duration.ofSeconds(8);

    private static final int MAX_MESSAGE_CHARS = 4096;

    private HostileAnswers hostile() {
        return simulator().faults().hostile();
    }

    /** An endpoint without preflight, so each test meets only the answer it makes hostile. */
    private static String uri(String options) {
        return journeyUri(KEY, "preflight=off&validation=off" + (options.isEmpty() ? "" : "&" + options));
    }

    private Exchange send(String uri, Object body) {
        return template.request(uri, e -> e.getMessage().setBody(body));
    }

    private static long millisToRun(Runnable run) {
        long started = System.nanoTime();
        run.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void aTricklingSingleEntryAnswerEndsAtRequestTimeoutWithAnUnknownOutcome() {
        hostile().trickle(SimulatedApi.SINGLE_ENTRY, 1, Duration.ofMillis(300));
        Map<String, Object> contact = Map.of("ContactKey", "H-1");
        Exchange[] result = new Exchange[1];

        long took = millisToRun(() -> result[0] = send(uri("requestTimeout=1000&maximumRetries=0"), contact));

        SfmcJourneyException failure = result[0].getException(SfmcJourneyException.class);
        assertThat(took).isLessThan(1000 + GENEROUS_MARGIN.toMillis());
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getMessage()).contains("no complete answer within requestTimeout=1000 ms");
        assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
        assertThat(result[0].getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID))
                .isNull();
    }

    @Test
    void anEntryCancelledByAShutdownAfterItWasSentHasAnUnknownOutcome() throws Exception {
        hostile().trickle(SimulatedApi.SINGLE_ENTRY, 1, Duration.ofSeconds(60));
        Map<String, Object> contact = Map.of("ContactKey", "H-11");
        var pending =
                template.asyncSend(uri("maximumRetries=0"), e -> e.getMessage().setBody(contact));
        long waited = 0;
        while (simulator().stats().singleEventRequests() == 0 && waited < 20_000) {
            Thread.sleep(20);
            waited += 20;
        }

        context.stop();
        Exchange result = pending.get(20, TimeUnit.SECONDS);

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(simulator().stats().singleEventRequests()).isEqualTo(1);
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getMessage()).doesNotContain("Nothing was sent");
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
    }

    @Test
    void aTricklingTokenAnswerEndsAtTokenTimeoutAndNothingIsSent() {
        hostile().trickle(SimulatedApi.TOKEN, 1, Duration.ofMillis(300));
        Map<String, Object> contact = Map.of("ContactKey", "H-2");
        Exchange[] result = new Exchange[1];

        long took = millisToRun(() -> result[0] = send(uri("tokenTimeout=1000&maximumRetries=0"), contact));

        SfmcJourneyException failure = result[0].getException(SfmcJourneyException.class);
        assertThat(took).isLessThan(1000 + GENEROUS_MARGIN.toMillis());
        assertThat(failure.getMessage()).contains("Could not get an SFMC access token");
        assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
        assertThat(simulator().stats().entryRequests()).isZero();
    }

    @Test
    void anOversizedBatchAnswerFailsEveryContactNamingTheCap() {
        hostile().oversizedBody(SimulatedApi.BATCH_ENTRY, 5 * 1024 * 1024);
        List<Map<String, Object>> contacts = List.of(Map.of("ContactKey", "H-3"), Map.of("ContactKey", "H-4"));

        Exchange result = send(uri("maximumRetries=0"), contacts);

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.getMessage()).contains("larger than 1048576 bytes");
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getUndeliveredContacts()).containsExactlyElementsOf(contacts);
        assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.QUEUED_COUNT, Integer.class))
                .isIn(null, 0);
    }

    @Test
    void anErrorPageEchoingTheRequestHeadersLeaksNoTokenIntoTheMessageOrTheLog() {
        try (LogCapture log = LogCapture.start(Map.of("io.github.camelsfmc", Level.DEBUG))) {
            hostile().echoHeadersErrorPage(SimulatedApi.SINGLE_ENTRY, 502);

            Exchange result = send(uri("maximumRetries=0"), Map.of("ContactKey", "H-5"));

            SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
            List<String> tokens = simulator().issuedTokens();
            assertThat(tokens).isNotEmpty();
            assertThat(failure.getHttpResponseCode()).isEqualTo(502);
            assertThat(failure.getMessage()).contains("Authorization: [masked]");
            assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
            assertThat(tokens).noneMatch(token -> failure.getMessage().contains(token));
            assertThat(log.lines()).noneMatch(line -> {
                String logged = line.text() + line.thrown();
                return logged.contains(SfmcSimulator.DEFAULT_CLIENT_SECRET)
                        || tokens.stream().anyMatch(logged::contains);
            });
        }
    }

    @Test
    void aVeryLongSfmcMessageIsCutAndTheExceptionStaysShort() {
        hostile().longTexts(20_000); // long, and still under the 64 KiB cap of the answer

        Exchange result = send(
                journeyUri("No-Such-Event", "preflight=off&validation=off&maximumRetries=0"),
                Map.of("ContactKey", "H-6"));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.getMessage()).contains("Unable to find").contains("more characters)");
        assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
        assertThat(failure.getSfmcMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
    }

    @Test
    void aVeryLongOAuthErrorDescriptionIsCut() {
        hostile().longTexts(20_000);
        String wrongSecret = uri("maximumRetries=0").replace(SfmcSimulator.DEFAULT_CLIENT_SECRET, "not-the-secret");

        Exchange result = send(wrongSecret, Map.of("ContactKey", "H-7"));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.getMessage()).contains("invalid_client").contains("more characters)");
        assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
    }

    @Test
    void aRetryWaitsForTheTokenPauseAndAsksTheAuthServerAgain() {
        hostile().tokenFailsEveryNthCall(2, 1);

        Exchange result =
                send(uri("maximumRetries=3&retryInitialDelay=10&retryMaxDelay=5000"), Map.of("ContactKey", "H-8"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID))
                .isNotNull();
        assertThat(simulator().stats().tokenRequests()).isEqualTo(2);
        assertThat(simulator().stats().singleEventRequests()).isEqualTo(1);
    }

    @Test
    void aDeadLetterRouteFindsTheContactsOfAFailedTokenRequestAndOfOneRefusedDuringTheTokenPause() throws Exception {
        hostile().tokenFailsEveryNthCall(1);
        List<Object> deadLetters = new ArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:dead"));
                from("direct:in").to(uri("maximumRetries=0"));
                from("direct:dead")
                        .process(e -> deadLetters.addAll(ObjectHelper.getException(
                                        SfmcJourneyException.class,
                                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                                .getUndeliveredContacts()));
            }
        });
        Map<String, Object> first = Map.of("ContactKey", "H-9");
        Map<String, Object> duringThePause = Map.of("ContactKey", "H-9b");

        template.sendBody("direct:in", first);
        template.sendBody("direct:in", duringThePause);

        assertThat(simulator().stats().tokenRequests()).isEqualTo(1);
        assertThat(deadLetters).containsExactly(first, duringThePause);
    }

    @Test
    void theRouteContinuesOffTheHttpClientsIoThreads() throws Exception {
        try (var camel = new DefaultCamelContext()) {
            List<String> threads = new CopyOnWriteArrayList<>();
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch slowStarted = new CountDownLatch(1);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:slow").to(uri("")).process(e -> {
                        threads.add(Thread.currentThread().getName());
                        slowStarted.countDown();
                        release.await(30, TimeUnit.SECONDS);
                    });
                    from("direct:fast")
                            .to(uri(""))
                            .process(e -> threads.add(Thread.currentThread().getName()));
                }
            });
            camel.start();
            var producer = camel.createProducerTemplate();

            var slow = producer.asyncSendBody("direct:slow", Map.of("ContactKey", "H-10"));
            assertThat(slowStarted.await(20, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 4; i++) {
                // every I/O dispatcher gets a request while the slow step holds its thread
                Map<String, Object> contact = Map.of("ContactKey", "H-fast-" + i);
                Exchange fast = producer.asyncSend(
                                "direct:fast", e -> e.getMessage().setBody(contact))
                        .get(20, TimeUnit.SECONDS);
                assertThat(fast.getException()).isNull();
            }
            release.countDown();
            slow.get(20, TimeUnit.SECONDS);

            assertThat(threads).hasSize(5).noneMatch(name -> name.contains("SfmcJourneyHttpIO"));
        }
    }
}
