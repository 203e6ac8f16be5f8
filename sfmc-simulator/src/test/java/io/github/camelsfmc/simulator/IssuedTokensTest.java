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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

class IssuedTokensTest {

    @Test
    void everyIssuedAccessTokenIsListedInOrderAndSurvivesAReset() throws Exception {
        try (SfmcSimulator sim = SfmcSimulator.withDefaults().port(0).start()) {
            String first = requestToken(sim);
            String second = requestToken(sim);
            sim.reset();

            assertThat(sim.issuedTokens()).containsExactly(first, second);
        }
    }

    @Test
    void aRefusedTokenRequestIssuesNothing() throws Exception {
        try (SfmcSimulator sim = SfmcSimulator.withDefaults().port(0).start()) {
            HttpResponse<String> refused = post(
                    sim,
                    "{\"grant_type\":\"client_credentials\",\"client_id\":\"sim-client\","
                            + "\"client_secret\":\"wrong\"}");

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(sim.issuedTokens()).isEmpty();
        }
    }

    private static String requestToken(SfmcSimulator sim) throws Exception {
        HttpResponse<String> response = post(
                sim,
                "{\"grant_type\":\"client_credentials\",\"client_id\":\""
                        + SfmcSimulator.DEFAULT_CLIENT_ID + "\",\"client_secret\":\""
                        + SfmcSimulator.DEFAULT_CLIENT_SECRET + "\"}");
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private static HttpResponse<String> post(SfmcSimulator sim, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v2/token"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
