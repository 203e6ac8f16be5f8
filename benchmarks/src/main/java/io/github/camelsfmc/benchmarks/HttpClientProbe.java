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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * Separates the HTTP client from everything else: the same POST /interaction/v1/events, one at a time, through the
 * JDK HttpClient (as the component sends it: sendAsync, then wait) and through Apache HttpClient 5 classic (as
 * camel-http sends it), alternating in rounds so both see the same machine load.
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
        HttpClient jdk = HttpClient.newHttpClient();
        String token = token(jdk, target);
        long jdkNanos = 0;
        long apacheNanos = 0;
        long n = 0;
        try (CloseableHttpClient apache = HttpClients.createDefault()) {
            sendJdk(jdk, url, token, n++); // connections open and classes loaded before timing
            sendApache(apache, url, token, n++);
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < requestsPerRound; i++) {
                    sendJdk(jdk, url, token, n++);
                }
                jdkNanos += System.nanoTime() - start;
                start = System.nanoTime();
                for (int i = 0; i < requestsPerRound; i++) {
                    sendApache(apache, url, token, n++);
                }
                apacheNanos += System.nanoTime() - start;
            }
        }
        int requests = ROUNDS * requestsPerRound;
        return new HttpClientProbeResult(requests, jdkNanos / 1e6 / requests, apacheNanos / 1e6 / requests);
    }

    private void sendJdk(HttpClient jdk, String url, String token, long n) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(event(n)))
                .build();
        check(jdk.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .join()
                .statusCode());
    }

    private void sendApache(CloseableHttpClient apache, String url, String token, long n) throws Exception {
        HttpPost post = new HttpPost(url);
        post.setHeader("Authorization", "Bearer " + token);
        post.setEntity(new ByteArrayEntity(event(n), ContentType.APPLICATION_JSON));
        check(apache.execute(post, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        }));
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

    private String token(HttpClient jdk, SimulatorTarget target) throws Exception {
        byte[] body = objectMapper.writeValueAsBytes(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                target.clientId(),
                "client_secret",
                target.clientSecret()));
        HttpResponse<byte[]> response = jdk.send(
                HttpRequest.newBuilder(URI.create(target.baseUrl() + "/v2/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        check(response.statusCode());
        return objectMapper.readTree(response.body()).path("access_token").asText();
    }

    private static void check(int status) {
        if (status / 100 != 2) {
            throw new IllegalStateException("HTTP client probe: simulator answered " + status);
        }
    }
}
