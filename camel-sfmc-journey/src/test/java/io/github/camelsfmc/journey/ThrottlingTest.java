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
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.SfmcSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * maxConcurrentRequests and maxRequestsPerSecond hold for all endpoints that share credentials.
 */
class ThrottlingTest extends SfmcJourneyTestSupport {

    @Test
    void twoEndpointsSharingCredentialsStayUnderTheConcurrencyLimitTogether() throws Exception {
        CountingHttpClientConfigurer http = new CountingHttpClientConfigurer();
        context.getRegistry().bind("countingHttpClient", http);
        simulator().faults().latencyMillis(50);
        String first = journeyUri(KEY, "maxConcurrentRequests=3&httpClientConfigurer=#countingHttpClient&batchSize=10");
        String second =
                journeyUri(KEY, "maxConcurrentRequests=3&httpClientConfigurer=#countingHttpClient&batchSize=20");

        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "C-" + i;
            sent.add(template.asyncSend(
                    i % 2 == 0 ? first : second, e -> e.getMessage().setBody(Map.of("ContactKey", key))));
        }
        for (CompletableFuture<Exchange> exchange : sent) {
            assertThat(exchange.get(60, TimeUnit.SECONDS).getException()).isNull();
        }

        assertThat(simulator().entryCount(KEY)).isEqualTo(20);
        assertThat(http.maxInFlight()).isLessThanOrEqualTo(3);
    }

    @Test
    void callsOverTheRequestRateWaitTheirTurnAndAreAllDelivered() throws Exception {
        String uri = journeyUri(KEY, "maxRequestsPerSecond=50");

        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "R-" + i;
            sent.add(template.asyncSend(uri, e -> e.getMessage().setBody(Map.of("ContactKey", key))));
        }
        for (CompletableFuture<Exchange> exchange : sent) {
            assertThat(exchange.get(60, TimeUnit.SECONDS).getException()).isNull();
        }

        assertThat(simulator().entryCount(KEY)).isEqualTo(20);
    }

    @Test
    void callsAreSpacedToMaxRequestsPerSecondAsSfmcSeesThem() throws Exception {
        String uri = journeyUri(KEY, "maxRequestsPerSecond=10");

        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "P-" + i;
            sent.add(template.asyncSend(
                    uri, e -> e.getMessage().setBody(Map.of("ContactKey", key, "Email", "p@example.com"))));
        }
        for (CompletableFuture<Exchange> exchange : sent) {
            assertThat(exchange.get(60, TimeUnit.SECONDS).getException()).isNull();
        }

        List<Instant> arrivals = simulator().requestLog().stream()
                .filter(r -> r.path().startsWith("/interaction/v1/events"))
                .map(SfmcSimulator.RequestLogEntry::at)
                .sorted()
                .toList();
        assertThat(arrivals).hasSize(20);
        // 19 intervals of 100 ms; a little less allowed for the jitter between sending and arriving
        assertThat(Duration.between(arrivals.get(0), arrivals.get(19))).isGreaterThanOrEqualTo(Duration.ofMillis(1700));
    }
}
