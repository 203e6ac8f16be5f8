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
package io.github.camelsfmc.benchmarks;

import java.util.Map;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * Separates the HTTP client from everything else: the same POST /interaction/v1/events, one at a time, through Apache
 * HttpClient 5 async (the component's transport: the answer completes on an I/O thread, then the caller wakes) and
 * through Apache HttpClient 5 classic (as camel-http sends it, reading the answer on the calling thread), alternating
 * in rounds so both see the same machine load.
 */
public final class HttpClientProbe {

    private static final int ROUNDS = 3;

    private final SfmcSimulator sim;
    private final int requestsPerRound;
    private final ObjectMapper objectMapper = new ObjectMapper();

    public HttpClientProbe(SfmcSimulator sim, int requestsPerRound) {
        this.sim = sim;
        this.requestsPerRound = requestsPerRound;
    }

    public HttpClientProbeResult run() throws Exception {
        sim.reset();
        SimulatorTarget target = SimulatorTarget.defaultClient(sim);
        String url = target.baseUrl() + "/interaction/v1/events";
        long asyncNanos = 0;
        long classicNanos = 0;
        long n = 0;
        try (CloseableHttpClient classic = HttpClients.createDefault();
                CloseableHttpAsyncClient async = HttpAsyncClients.createDefault()) {
            async.start();
            String token = token(classic, target);
            sendAsync(async, url, token, n++); // connections open and classes loaded before timing
            sendClassic(classic, url, token, n++);
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < requestsPerRound; i++) {
                    sendAsync(async, url, token, n++);
                }
                asyncNanos += System.nanoTime() - start;
                start = System.nanoTime();
                for (int i = 0; i < requestsPerRound; i++) {
                    sendClassic(classic, url, token, n++);
                }
                classicNanos += System.nanoTime() - start;
            }
        }
        int requests = ROUNDS * requestsPerRound;
        return new HttpClientProbeResult(requests, asyncNanos / 1e6 / requests, classicNanos / 1e6 / requests);
    }

    private void sendAsync(CloseableHttpAsyncClient async, String url, String token, long n) throws Exception {
        SimpleHttpRequest request = SimpleRequestBuilder.post(url)
                .setHeader("Authorization", "Bearer " + token)
                .setBody(event(n), ContentType.APPLICATION_JSON)
                .build();
        check(async.execute(request, null).get().getCode());
    }

    private void sendClassic(CloseableHttpClient classic, String url, String token, long n) throws Exception {
        check(post(classic, url, token, event(n)).code());
    }

    private record Answer(int code, byte[] body) {}

    private static Answer post(CloseableHttpClient classic, String url, String token, byte[] body) throws Exception {
        HttpPost post = new HttpPost(url);
        if (token != null) {
            post.setHeader("Authorization", "Bearer " + token);
        }
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return classic.execute(
                post, response -> new Answer(response.getCode(), EntityUtils.toByteArray(response.getEntity())));
    }

    private byte[] event(long n) throws Exception {
        Map<String, Object> data = BenchmarkJourney.contact(n);
        Object contactKey = data.remove("ContactKey");
        return objectMapper.writeValueAsBytes(Map.of(
                "ContactKey",
                "probe-" + contactKey,
                "EventDefinitionKey",
                BenchmarkJourney.EVENT_DEFINITION_KEY,
                "Data",
                data));
    }

    private String token(CloseableHttpClient classic, SimulatorTarget target) throws Exception {
        byte[] body = objectMapper.writeValueAsBytes(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                target.clientId(),
                "client_secret",
                target.clientSecret()));
        Answer answer = post(classic, target.baseUrl() + "/v2/token", null, body);
        check(answer.code());
        return objectMapper.readTree(answer.body()).path("access_token").asText();
    }

    private static void check(int status) {
        if (status / 100 != 2) {
            throw new IllegalStateException("HTTP client probe: simulator answered " + status);
        }
    }
}
