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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a server that misbehaves, every exchange ends within its deadline, with a short message that names the
 * problem and no credential in it, and carries the contacts it did not deliver.
 */
class HostileServerTest {

    /** Well above each deadline used below, well below the minutes the trickling answers would take. */
    private static final Duration GENEROUS_MARGIN = Duration.ofSeconds(8);

    private static final int MAX_MESSAGE_CHARS = 4096;

    private static Exchange send(HostileSfmc sfmc, String options, Object body) throws Exception {
        try (var context = new org.apache.camel.impl.DefaultCamelContext()) {
            context.start();
            return context.createProducerTemplate()
                    .request(sfmc.journeyUri(options), e -> e.getMessage().setBody(body));
        }
    }

    private static long millisToRun(ThrowingRunnable run) throws Exception {
        long started = System.nanoTime();
        run.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aTricklingSingleEntryAnswerEndsAtRequestTimeoutWithAnUnknownOutcome() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc()) {
            sfmc.entriesAnswer(HostileSfmc.Behaviour.trickle(300));
            Map<String, Object> contact = Map.of("ContactKey", "H-1");
            Exchange[] result = new Exchange[1];

            long took = millisToRun(() -> result[0] = send(sfmc, "requestTimeout=1000&maximumRetries=0", contact));

            SfmcJourneyException failure = result[0].getException(SfmcJourneyException.class);
            assertThat(took).isLessThan(1000 + GENEROUS_MARGIN.toMillis());
            assertThat(failure.isOutcomeUnknown()).isTrue();
            assertThat(failure.getMessage()).contains("no complete answer within requestTimeout=1000 ms");
            assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
        }
    }

    @Test
    void anEntryCancelledByAShutdownAfterItWasSentHasAnUnknownOutcome() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc()) {
            sfmc.entriesAnswer(HostileSfmc.Behaviour.trickle(60_000));
            var context = new org.apache.camel.impl.DefaultCamelContext();
            context.start();
            Map<String, Object> contact = Map.of("ContactKey", "H-11");

            var pending = context.createProducerTemplate()
                    .asyncSend(
                            sfmc.journeyUri("maximumRetries=0"),
                            e -> e.getMessage().setBody(contact));
            long waited = 0;
            while (sfmc.entryRequests() == 0 && waited < 20_000) {
                Thread.sleep(20);
                waited += 20;
            }
            context.stop();
            Exchange result = pending.get(20, TimeUnit.SECONDS);

            SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
            assertThat(sfmc.entryRequests()).isEqualTo(1);
            assertThat(failure.isOutcomeUnknown()).isTrue();
            assertThat(failure.getMessage()).doesNotContain("Nothing was sent");
            assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
        }
    }

    @Test
    void aTricklingTokenAnswerEndsAtTokenTimeoutAndNothingIsSent() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc()) {
            sfmc.tokensAnswer(HostileSfmc.Behaviour.trickle(300));
            Map<String, Object> contact = Map.of("ContactKey", "H-2");
            Exchange[] result = new Exchange[1];

            long took = millisToRun(() -> result[0] = send(sfmc, "tokenTimeout=1000&maximumRetries=0", contact));

            SfmcJourneyException failure = result[0].getException(SfmcJourneyException.class);
            assertThat(took).isLessThan(1000 + GENEROUS_MARGIN.toMillis());
            assertThat(failure.getMessage()).contains("Could not get an SFMC access token");
            assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
            assertThat(sfmc.entryRequests()).isZero();
        }
    }

    @Test
    void anOversizedBatchAnswerFailsEveryContactNamingTheCap() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc()) {
            sfmc.entriesAnswer(HostileSfmc.Behaviour.oversized(202, 5 * 1024 * 1024));
            List<Map<String, Object>> contacts = List.of(Map.of("ContactKey", "H-3"), Map.of("ContactKey", "H-4"));

            Exchange result = send(sfmc, "maximumRetries=0", contacts);

            SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
            assertThat(failure.getMessage()).contains("larger than 1048576 bytes");
            assertThat(failure.isOutcomeUnknown()).isTrue();
            assertThat(failure.getUndeliveredContacts()).containsExactlyElementsOf(contacts);
            assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
        }
    }

    @Test
    void anErrorPageEchoingTheRequestHeadersLeaksNoTokenIntoTheMessageOrTheLog() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc();
                LogCapture log = LogCapture.start(Map.of("io.github.camelsfmc", Level.DEBUG))) {
            sfmc.entriesAnswer(HostileSfmc.Behaviour.echoingErrorPage());

            Exchange result = send(sfmc, "maximumRetries=0", Map.of("ContactKey", "H-5"));

            SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
            assertThat(failure.getHttpResponseCode()).isEqualTo(502);
            assertThat(failure.getMessage()).contains("Authorization: [masked]");
            assertThat(failure.getMessage()).doesNotContain(HostileSfmc.TOKEN);
            assertThat(log.lines())
                    .noneMatch(line -> (line.text() + line.thrown()).contains(HostileSfmc.TOKEN)
                            || (line.text() + line.thrown()).contains(HostileSfmc.CLIENT_SECRET));
        }
    }

    @Test
    void aVeryLongSfmcMessageIsCutAndTheExceptionStaysShort() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc()) {
            String longMessage = "Invalid value. ".repeat(1_000); // long, and still under the 64 KiB cap of the answer
            sfmc.entriesAnswer(
                    HostileSfmc.Behaviour.json(400, "{\"errorcode\":10001,\"message\":\"" + longMessage + "\"}"));

            Exchange result = send(sfmc, "maximumRetries=0", Map.of("ContactKey", "H-6"));

            SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
            assertThat(failure.getMessage()).contains("more characters)");
            assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
            assertThat(failure.getSfmcMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
        }
    }

    @Test
    void aVeryLongOAuthErrorDescriptionIsCut() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc()) {
            sfmc.tokensAnswer(HostileSfmc.Behaviour.json(
                    401, "{\"error\":\"invalid_client\",\"error_description\":\"" + "bad ".repeat(5_000) + "\"}"));

            Exchange result = send(sfmc, "maximumRetries=0", Map.of("ContactKey", "H-7"));

            SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
            assertThat(failure.getMessage()).contains("invalid_client").contains("more characters)");
            assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
        }
    }

    @Test
    void aRetryWaitsForTheTokenPauseAndAsksTheAuthServerAgain() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc()) {
            sfmc.tokenFailsEverySecondCall();

            Exchange result =
                    send(sfmc, "maximumRetries=3&retryInitialDelay=10&retryMaxDelay=5000", Map.of("ContactKey", "H-8"));

            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID))
                    .isNotNull();
            assertThat(sfmc.tokenRequests()).isEqualTo(2);
            assertThat(sfmc.entryRequests()).isEqualTo(1);
        }
    }

    @Test
    void aDeadLetterRouteFindsTheContactsOfAFailedTokenRequestAndOfOneRefusedDuringTheTokenPause() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc();
                var context = new org.apache.camel.impl.DefaultCamelContext()) {
            sfmc.tokensAnswer(HostileSfmc.Behaviour.json(500, "{\"error\":\"server_error\"}"));
            List<Object> deadLetters = new ArrayList<>();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(deadLetterChannel("direct:dead"));
                    from("direct:in").to(sfmc.journeyUri("maximumRetries=0"));
                    from("direct:dead")
                            .process(e -> deadLetters.addAll(org.apache.camel.util.ObjectHelper.getException(
                                            SfmcJourneyException.class,
                                            e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                                    .getUndeliveredContacts()));
                }
            });
            context.start();
            Map<String, Object> first = Map.of("ContactKey", "H-9");
            Map<String, Object> duringThePause = Map.of("ContactKey", "H-9b");

            context.createProducerTemplate().sendBody("direct:in", first);
            context.createProducerTemplate().sendBody("direct:in", duringThePause);

            assertThat(sfmc.tokenRequests()).isEqualTo(1);
            assertThat(deadLetters).containsExactly(first, duringThePause);
        }
    }

    @Test
    void theRouteContinuesOffTheHttpClientsIoThreads() throws Exception {
        try (HostileSfmc sfmc = new HostileSfmc();
                var context = new org.apache.camel.impl.DefaultCamelContext()) {
            List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch slowStarted = new CountDownLatch(1);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:slow").to(sfmc.journeyUri("")).process(e -> {
                        threads.add(Thread.currentThread().getName());
                        slowStarted.countDown();
                        release.await(30, TimeUnit.SECONDS);
                    });
                    from("direct:fast")
                            .to(sfmc.journeyUri(""))
                            .process(e -> threads.add(Thread.currentThread().getName()));
                }
            });
            context.start();
            var template = context.createProducerTemplate();

            var slow = template.asyncSendBody("direct:slow", Map.of("ContactKey", "H-10"));
            assertThat(slowStarted.await(20, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 4; i++) {
                // every I/O dispatcher gets a request while the slow step holds its thread
                Map<String, Object> contact = Map.of("ContactKey", "H-fast-" + i);
                Exchange fast = template.asyncSend(
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
