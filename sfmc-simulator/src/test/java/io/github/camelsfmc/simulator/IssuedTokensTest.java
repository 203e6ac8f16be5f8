package io.github.camelsfmc.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

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
            HttpResponse<String> refused = post(sim, "{\"grant_type\":\"client_credentials\",\"client_id\":\"sim-client\","
                                                     + "\"client_secret\":\"wrong\"}");

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(sim.issuedTokens()).isEmpty();
        }
    }

    private static String requestToken(SfmcSimulator sim) throws Exception {
        HttpResponse<String> response = post(sim, "{\"grant_type\":\"client_credentials\",\"client_id\":\""
                                                  + SfmcSimulator.DEFAULT_CLIENT_ID + "\",\"client_secret\":\""
                                                  + SfmcSimulator.DEFAULT_CLIENT_SECRET + "\"}");
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private static HttpResponse<String> post(SfmcSimulator sim, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v2/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
