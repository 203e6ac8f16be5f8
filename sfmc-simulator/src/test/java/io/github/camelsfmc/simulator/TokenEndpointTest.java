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

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.Http.Response;
import io.github.camelsfmc.simulator.junit.ManualClock;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;

class TokenEndpointTest {

    static final ManualClock clock = new ManualClock();

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.of(SfmcSimulator.withDefaults()
            .clock(clock)
            .client("other", "pw", 100, 200)
            .journey(Journey.builder("Bu200-Event")
                    .mid(200)
                    .field(DataExtensionField.primaryKey("ContactKey", 50))
                    .build()));

    private static final String NOT_AUTHORIZED = "{\"documentation\":\"https://developer.salesforce.com/docs/atlas"
            + ".en-us.mc-apis.meta/mc-apis/error-handling.htm\",\"errorcode\":0,\"message\":\"Not Authorized\"}";

    @Test
    void jsonTokenRequestReturnsBearerTokenPointingAtTheSimulator() {
        Response r = Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("access_token").asText()).hasSizeGreaterThan(100);
        assertThat(r.body().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(r.body().get("expires_in").asInt()).isEqualTo(1079);
        assertThat(r.body().get("scope").asText()).contains("journeys_execute");
        assertThat(r.body().get("rest_instance_url").asText()).isEqualTo(sim.baseUrl() + "/");
        assertThat(r.body().get("soap_instance_url").asText()).isEqualTo(sim.baseUrl() + "/");
    }

    @Test
    void formEncodedTokenRequestIsAccepted() {
        Response r = Http.send(
                "POST",
                sim.baseUrl() + "/v2/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=sim-client&client_secret=sim-secret&scope=journeys_execute",
                null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("scope").asText()).isEqualTo("journeys_execute");
    }

    @Test
    void badCredentialsGive401InvalidClient() {
        Response r = Http.tokenResponse(sim.baseUrl(), "sim-client", "wrong", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().get("error").asText()).isEqualTo("invalid_client");
        assertThat(r.body().get("error_description").asText()).startsWith("Client authentication failed.");
        assertThat(r.body().get("error_uri").asText()).isEqualTo("https://developer.salesforce.com/docs");
        assertThat(sim.simulator().stats().unauthorizedResponses()).isEqualTo(1);
    }

    @Test
    void wrongGrantTypeGives400UnsupportedGrantType() {
        Response r = Http.post(
                sim.baseUrl() + "/v2/token",
                map("grant_type", "password", "client_id", "sim-client", "client_secret", "sim-secret"),
                null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void malformedTokenBodyGives400InvalidRequest() {
        Response r = Http.send("POST", sim.baseUrl() + "/v2/token", "application/json", "{not json", null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void accountIdSelectsAnAllowedMidAndTheTokenOnlyReachesThatBusinessUnit() {
        String token200 = Http.tokenResponse(sim.baseUrl(), "other", "pw", "200")
                .body()
                .get("access_token")
                .asText();

        assertThat(Http.event(sim.baseUrl(), token200, "Bu200-Event", "c1", null)
                        .status())
                .isEqualTo(201);
        Response wrongBu = Http.event(sim.baseUrl(), token200, SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY, "c1", null);
        assertThat(wrongBu.status()).isEqualTo(403);
        assertThat(wrongBu.body().get("errorcode").asInt()).isEqualTo(40002);
    }

    @Test
    void withoutAccountIdTheClientsDefaultMidIsUsed() {
        String token = Http.tokenResponse(sim.baseUrl(), "other", "pw", null)
                .body()
                .get("access_token")
                .asText();

        assertThat(Http.event(sim.baseUrl(), token, SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY, "c1", null)
                        .status())
                .isEqualTo(201);
        assertThat(Http.event(sim.baseUrl(), token, "Bu200-Event", "c1", null).status())
                .isEqualTo(403);
    }

    @Test
    void accountIdTheClientMayNotUseGives401UnauthorizedClient() {
        Response r = Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", 200);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().get("error").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void restCallWithoutTokenGives401WithTheExactSfmcBody() {
        Response r = Http.event(sim.baseUrl(), null, SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY, "c1", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.raw()).isEqualTo(NOT_AUTHORIZED);
    }

    @Test
    void expireAllTokensMakesIssuedTokensUnauthorized() {
        String token = Http.token(sim.baseUrl());
        sim.simulator().expireAllTokens();

        Response r = Http.event(sim.baseUrl(), token, SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY, "c1", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.raw()).isEqualTo(NOT_AUTHORIZED);
        assertThat(sim.simulator().entered(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY))
                .isEmpty();
    }

    @Test
    void tokenExpiresAfterItsLifetime() {
        sim.simulator().tokenLifetimeSeconds(1);
        Response issued = Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null);
        assertThat(issued.body().get("expires_in").asInt()).isEqualTo(1);
        String token = issued.body().get("access_token").asText();
        assertThat(Http.event(sim.baseUrl(), token, SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY, "c1", null)
                        .status())
                .isEqualTo(201);

        clock.advance(Duration.ofMillis(999));
        assertThat(Http.event(sim.baseUrl(), token, SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY, "c1", null)
                        .status())
                .as("still valid a millisecond before its lifetime ends")
                .isEqualTo(201);
        clock.advance(Duration.ofMillis(1));

        Response r = Http.event(sim.baseUrl(), token, SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY, "c2", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(0);
    }

    @Test
    void tokenStatsCountRequestsAndIssuedTokens() {
        Http.token(sim.baseUrl());
        Http.tokenResponse(sim.baseUrl(), "sim-client", "nope", null);

        SimulatorStats s = sim.simulator().stats();
        assertThat(s.tokenRequests()).isEqualTo(2);
        assertThat(s.tokensIssued()).isEqualTo(1);
    }
}
