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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.internal.auth.TokenBackoff;
import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.junit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TokenHandlingTest extends SfmcJourneyTestSupport {

    // preflight reads the journey with the same token in the background; these tests count token requests exactly
    private static final String NO_PREFLIGHT = "preflight=off&validation=off";

    private static String uri() {
        return journeyUri(KEY, NO_PREFLIGHT);
    }

    @Test
    void oneTokenServesManyMessages() {
        for (int i = 0; i < 25; i++) {
            template.sendBody(uri(), Map.of("ContactKey", "C-" + i));
        }

        assertThat(simulator().entryCount(KEY)).isEqualTo(25);
        assertThat(simulator().stats().tokenRequests()).isEqualTo(1);
    }

    @Test
    void endpointsWithTheSameCredentialsShareOneToken() {
        simulator()
                .addJourney(Journey.builder("Second-Event")
                        .field(DataExtensionField.text("FirstName", 50))
                        .build());

        template.sendBody(uri(), Map.of("ContactKey", "A"));
        template.sendBody(
                journeyUri("Second-Event", NO_PREFLIGHT + "&requestTimeout=20000"), Map.of("ContactKey", "B"));

        assertThat(simulator().entryCount(KEY)).isEqualTo(1);
        assertThat(simulator().entryCount("Second-Event")).isEqualTo(1);
        assertThat(simulator().stats().tokenRequests()).isEqualTo(1);
        simulator().removeJourney("Second-Event");
    }

    @Test
    void anExpiringTokenIsReplacedBeforeSfmcRefusesIt() {
        ManualClock clock = new ManualClock(Instant.now());
        context.getComponent("sfmc-journey", SfmcJourneyComponent.class).useTokenClock(clock, TokenBackoff.DEFAULT);
        template.sendBody(uri(), Map.of("ContactKey", "before"));

        // inside the default 120 s refresh margin of SFMC's 1079 s token
        clock.advance(Duration.ofSeconds(1000));
        template.sendBody(uri(), Map.of("ContactKey", "during refresh"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(simulator().stats().tokenRequests()).isEqualTo(2));
        template.sendBody(uri(), Map.of("ContactKey", "after"));

        assertThat(simulator().entryCount(KEY)).isEqualTo(3);
        assertThat(simulator().stats().tokenRequests()).isEqualTo(2);
        assertThat(simulator().stats().unauthorizedResponses()).isZero();
    }

    @Test
    void hundredConcurrentSendsDuringARefreshAheadAllCompleteWithoutWaitingForTheTokenResponse() throws Exception {
        ManualClock clock = new ManualClock(Instant.now());
        context.getComponent("sfmc-journey", SfmcJourneyComponent.class).useTokenClock(clock, TokenBackoff.DEFAULT);
        try (HoldingTokenRequests tokenRequests = new HoldingTokenRequests()) {
            context.getRegistry().bind("holding", tokenRequests);
            String uri = journeyUri(KEY, NO_PREFLIGHT + "&httpClientConfigurer=#holding");
            template.sendBody(uri, Map.of("ContactKey", "first"));
            clock.advance(Duration.ofSeconds(1000));
            tokenRequests.hold();

            List<CompletableFuture<Exchange>> sends = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String key = "C-" + i;
                sends.add(template.asyncSend(uri, e -> e.getMessage().setBody(Map.of("ContactKey", key))));
            }
            // the refresh is still held back: a send waiting for it could not complete
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            assertThat(sends)
                    .allSatisfy(send -> assertThat(send.join().getException()).isNull());
            assertThat(tokenRequests.held()).isEqualTo(1);
            assertThat(simulator().entryCount(KEY)).isEqualTo(101);
            tokenRequests.release();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() ->
                            assertThat(simulator().stats().tokenRequests()).isEqualTo(2));
        }
    }

    @Test
    void endpointsSharingATokenEachSendThroughTheirOwnClientAndOnlyTheFirstRequestsTheToken() {
        CountingHttpClientConfigurer first = new CountingHttpClientConfigurer();
        CountingHttpClientConfigurer second = new CountingHttpClientConfigurer();
        context.getRegistry().bind("first", first);
        context.getRegistry().bind("second", second);

        template.sendBody(
                journeyUri(KEY, NO_PREFLIGHT + "&httpClientConfigurer=#first&requestTimeout=20000"),
                Map.of("ContactKey", "A"));
        template.sendBody(
                journeyUri(KEY, NO_PREFLIGHT + "&httpClientConfigurer=#second&requestTimeout=10000"),
                Map.of("ContactKey", "B"));

        assertThat(simulator().stats().tokenRequests()).isEqualTo(1);
        assertThat(first.paths()).containsExactly("/v2/token", "/interaction/v1/events");
        assertThat(second.paths()).containsExactly("/interaction/v1/events");
    }

    @Test
    void aTokenRequestGoesThroughTheClientOfTheEndpointThatNeedsIt() {
        CountingHttpClientConfigurer first = new CountingHttpClientConfigurer();
        CountingHttpClientConfigurer second = new CountingHttpClientConfigurer();
        context.getRegistry().bind("first", first);
        context.getRegistry().bind("second", second);
        String firstUri = journeyUri(KEY, NO_PREFLIGHT + "&httpClientConfigurer=#first");
        template.sendBody(firstUri, Map.of("ContactKey", "A"));
        simulator().expireAllTokens();

        template.sendBody(journeyUri(KEY, NO_PREFLIGHT + "&httpClientConfigurer=#second"), Map.of("ContactKey", "B"));

        assertThat(second.paths()).containsExactly("/interaction/v1/events", "/v2/token", "/interaction/v1/events");
        assertThat(first.paths()).containsExactly("/v2/token", "/interaction/v1/events");
    }

    @Test
    void aTokenSfmcRefusesIsReplacedAndTheCallRepeatedOnce() {
        template.sendBody(uri(), Map.of("ContactKey", "first"));
        simulator().expireAllTokens();

        Exchange result = template.request(uri(), e -> e.getMessage().setBody(Map.of("ContactKey", "second")));

        assertThat(result.getException()).isNull();
        assertThat(simulator().entryCount(KEY)).isEqualTo(2);
        assertThat(simulator().stats().unauthorizedResponses()).isEqualTo(1);
        assertThat(simulator().stats().tokenRequests()).isEqualTo(2);
    }

    @Test
    void fiftyConcurrentSendersOnAColdStartCauseExactlyOneTokenRequest() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(50);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Exchange>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String key = "C-" + i;
                results.add(senders.submit(() -> {
                    start.await();
                    return template.request(uri(), e -> e.getMessage().setBody(Map.of("ContactKey", key)));
                }));
            }
            start.countDown();
            for (Future<Exchange> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            senders.shutdownNow();
        }

        assertThat(simulator().entryCount(KEY)).isEqualTo(50);
        assertThat(simulator().stats().tokenRequests()).isEqualTo(1);
    }

    @Test
    void wrongCredentialsFailWithAnActionableMessageAndWithoutTheSecret() {
        String uri =
                "sfmc-journey:" + KEY + "?clientId=sim-client&clientSecret=RAW(wrong-s3cret)&authUrl=" + sim.baseUrl();

        Exchange result = template.request(uri, e -> e.getMessage().setBody(Map.of("ContactKey", "C-1")));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyException.class)
                .hasMessageContaining("invalid_client")
                .hasMessageContaining("Installed Packages")
                .hasMessageNotContaining("wrong-s3cret");
        SfmcJourneyException error = (SfmcJourneyException) result.getException();
        assertThat(error.getHttpResponseCode()).isEqualTo(401);
        assertThat(error.getUndeliveredContacts()).containsExactly(Map.of("ContactKey", "C-1"));
        assertThat(simulator().stats().entryRequests()).isZero();
    }
}
