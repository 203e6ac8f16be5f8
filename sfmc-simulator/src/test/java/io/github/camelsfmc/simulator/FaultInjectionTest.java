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
package io.github.camelsfmc.simulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.Http.Response;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;

class FaultInjectionTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    private String token;

    @BeforeEach
    void token() {
        token = Http.token(sim.baseUrl());
    }

    private Faults faults() {
        return sim.simulator().faults();
    }

    private Response send(String contactKey) {
        return Http.event(sim.baseUrl(), token, KEY, contactKey, null);
    }

    /** Fires n entry events at once and returns their statuses and bodies. */
    private List<HttpResponse<String>> concurrently(int n) {
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/interaction/v1/events"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            Http.json(map("ContactKey", "c-" + i, "EventDefinitionKey", KEY))))
                    .build();
            futures.add(Http.CLIENT.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void throttledRequestGets429WithRetryAfterAndBodyAndRecordsNothing() {
        faults().throttleRate(1.0).retryAfterSeconds(3);

        Response r = send("c-1");

        assertThat(r.status()).isEqualTo(429);
        assertThat(r.header("Retry-After")).isEqualTo("3");
        assertThat(r.body().get("message").asText()).isEqualTo("Rate limit exceeded");
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(50100);
        assertThat(r.body().get("retryAfter").asInt()).isEqualTo(3);
        assertThat(r.body().get("documentation").asText()).endsWith("error-handling.htm");
        assertThat(sim.simulator().entered(KEY)).isEmpty();
        assertThat(sim.simulator().dropped(KEY)).isEmpty();
        assertThat(sim.simulator().stats().throttledResponses()).isEqualTo(1);
        assertThat(sim.simulator().stats().entryRequests()).isEqualTo(1);
    }

    @Test
    void serverErrorGets503Errorcode50300WithRetryAfter() {
        faults().serverErrorRate(1.0).retryAfterSeconds(2);

        Response r = send("c-1");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo("2");
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(50300);
        assertThat(sim.simulator().entered(KEY)).isEmpty();
        assertThat(sim.simulator().stats().serverErrorResponses()).isEqualTo(1);
    }

    @Test
    void batchEndpointIsFaultedToo() {
        faults().throttleRate(1.0);

        Response r = Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map("eventDefinitionKey", KEY, "members", List.of(map("contactKey", "c-1"))),
                token);

        assertThat(r.status()).isEqualTo(429);
        assertThat(sim.simulator().entered(KEY)).isEmpty();
    }

    @Test
    void tokenAndReadEndpointsAreNotFaultedByDefault() {
        faults().throttleRate(1.0);

        assertThat(Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null)
                        .status())
                .isEqualTo(200);
        assertThat(Http.get(sim.baseUrl() + "/interaction/v1/interactions", token)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void tokenEndpointIsFaultedWhenConfigured() {
        faults().throttleRate(1.0).faultTokenEndpoint(true);

        assertThat(Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null)
                        .status())
                .isEqualTo(429);
    }

    @Test
    void concurrencyLimitAnswers429Errorcode50200WithoutRetryAfter() {
        faults().maxConcurrentRequests(2).latencyMillis(1000);

        List<HttpResponse<String>> responses = concurrently(8);

        List<Integer> statuses =
                responses.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).containsOnly(201, 429).contains(201, 429);
        HttpResponse<String> blocked = responses.stream()
                .filter(r -> r.statusCode() == 429)
                .findFirst()
                .orElseThrow();
        assertThat(blocked.body())
                .contains("\"errorcode\":50200")
                .contains("\"message\":\"Your requests are temporarily blocked.\"");
        assertThat(blocked.headers().firstValue("Retry-After")).isEmpty();
        long accepted = statuses.stream().filter(s -> s == 201).count();
        assertThat(sim.simulator().entryCount(KEY)).isEqualTo(accepted);
    }

    @Test
    void sameSeedGivesTheSameSequenceOfStatuses() {
        faults().throttleRate(0.3).serverErrorRate(0.2).seed(7);
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            first.add(send("c-" + i).status());
        }
        faults().seed(7);
        List<Integer> second = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            second.add(send("c-" + i).status());
        }

        assertThat(second).isEqualTo(first);
        assertThat(first).contains(201, 429, 503);
    }

    @Test
    void differentSeedGivesADifferentSequence() {
        faults().throttleRate(0.5).seed(1);
        List<Integer> a = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            a.add(send("c-" + i).status());
        }
        faults().seed(2);
        List<Integer> b = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            b.add(send("c-" + i).status());
        }

        assertThat(b).isNotEqualTo(a);
    }

    @Test
    void latencyDelaysRequestsWithoutSerializingThem() {
        faults().latencyMillis(200);
        long start = System.nanoTime();

        List<HttpResponse<String>> responses = concurrently(20);

        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(200).isLessThan(2000);
        assertThat(sim.simulator().entryCount(KEY)).isEqualTo(20);
    }

    @Test
    void faultsAreRestoredToTheConfiguredOnesBeforeEachTest() {
        assertThat(faults().throttleRate()).isZero();
        assertThat(faults().latencyMillis()).isZero();
        assertThat(faults().maxConcurrentRequests()).isZero();
    }
}
