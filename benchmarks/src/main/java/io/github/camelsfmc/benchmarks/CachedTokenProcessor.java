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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The token handling a careful user writes by hand: POST /v2/token once, keep the token until a minute before it
 * expires, set {@code Authorization: Bearer ...}. Refresh is synchronized so concurrent callers share one request.
 * (A naive version fetching a token per contact would be far slower and break SFMC's token-reuse rule; this baseline
 * is deliberately the reasonable one.)
 */
public final class CachedTokenProcessor implements Processor {

    private static final long REFRESH_MARGIN_SECONDS = 60;

    private final SimulatorTarget target;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper objectMapper = new ObjectMapper();
    private String accessToken;
    private Instant refreshAt = Instant.MIN;

    public CachedTokenProcessor(SimulatorTarget target) {
        this.target = target;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.getMessage().setHeader("Authorization", "Bearer " + token());
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (accessToken == null || Instant.now().isAfter(refreshAt)) {
            byte[] body = objectMapper.writeValueAsBytes(Map.of(
                    "grant_type", "client_credentials",
                    "client_id", target.clientId(),
                    "client_secret", target.clientSecret()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.baseUrl() + "/v2/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("Token request failed with HTTP " + response.statusCode());
            }
            JsonNode token = objectMapper.readTree(response.body());
            accessToken = token.path("access_token").asText();
            refreshAt = Instant.now().plusSeconds(token.path("expires_in").asLong() - REFRESH_MARGIN_SECONDS);
        }
        return accessToken;
    }
}
