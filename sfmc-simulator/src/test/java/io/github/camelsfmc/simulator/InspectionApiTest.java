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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.Http.Response;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;

class InspectionApiTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    private String token;

    @BeforeEach
    void token() {
        token = Http.token(sim.baseUrl());
    }

    private String url(String path) {
        return sim.baseUrl() + path;
    }

    @Test
    void entriesListsEnteredContacts() {
        Http.event(sim.baseUrl(), token, KEY, "c-1", map("FirstName", "Ada"));

        Response r = Http.get(url("/_sim/journeys/" + KEY + "/entries"), null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("count").asInt()).isEqualTo(1);
        assertThat(r.body().get("items").get(0).get("contactKey").asText()).isEqualTo("c-1");
        assertThat(r.body().get("items").get(0).get("data").get("FirstName").asText())
                .isEqualTo("Ada");
        assertThat(r.body().get("items").get(0).get("via").asText()).isEqualTo("SINGLE");
    }

    @Test
    void dropsListsDroppedContactsWithReasonAndDetail() {
        Http.event(sim.baseUrl(), token, KEY, "c-1", map("firstname", "Ada"));

        Response r = Http.get(url("/_sim/journeys/" + KEY + "/drops"), null);

        assertThat(r.body().get("items").get(0).get("reason").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(r.body().get("items").get(0).get("detail").asText()).contains("firstname");
    }

    @Test
    void entriesOfUnknownJourneyGive404() {
        assertThat(Http.get(url("/_sim/journeys/Nope/entries"), null).status()).isEqualTo(404);
    }

    @Test
    void statsReportCounters() {
        Http.event(sim.baseUrl(), token, KEY, "c-1", null);

        Response r = Http.get(url("/_sim/stats"), null);

        assertThat(r.body().get("tokenRequests").asLong()).isEqualTo(1);
        assertThat(r.body().get("singleEventRequests").asLong()).isEqualTo(1);
        assertThat(r.body().get("entryRequests").asLong()).isEqualTo(1);
        assertThat(r.body().get("contactsEntered").asLong()).isEqualTo(1);
    }

    @Test
    void resetClearsRecordsAndCounters() {
        Http.event(sim.baseUrl(), token, KEY, "c-1", null);

        assertThat(Http.post(url("/_sim/reset"), "", null).status()).isEqualTo(200);

        assertThat(sim.simulator().entered(KEY)).isEmpty();
        assertThat(sim.simulator().stats().singleEventRequests()).isZero();
    }

    @Test
    void expireTokensMakesTokensUnauthorized() {
        Http.post(url("/_sim/tokens/expire"), "", null);

        assertThat(Http.event(sim.baseUrl(), token, KEY, "c-1", null).status()).isEqualTo(401);
    }

    @Test
    void putFaultsChangesFaultsAtRuntime() {
        Response r = Http.put(url("/_sim/faults"), map("throttleRate", 1.0, "retryAfterSeconds", 4));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("throttleRate").asDouble()).isEqualTo(1.0);
        Response event = Http.event(sim.baseUrl(), token, KEY, "c-1", null);
        assertThat(event.status()).isEqualTo(429);
        assertThat(event.header("Retry-After")).isEqualTo("4");
    }

    @Test
    void putFaultsRejectsUnknownSettings() {
        assertThat(Http.put(url("/_sim/faults"), map("throttle", 1.0)).status()).isEqualTo(400);
    }

    @Test
    void putJourneyStatusChangesTheJourneyStatus() {
        Response r = Http.put(url("/_sim/journeys/" + KEY + "/status"), map("status", "Paused"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(sim.simulator().journey(KEY).status()).isEqualTo(JourneyStatus.PAUSED);
        Http.event(sim.baseUrl(), token, KEY, "c-1", null);
        assertThat(sim.simulator().dropped(KEY))
                .extracting(Drop::reason)
                .containsExactly(DropReason.JOURNEY_NOT_RUNNING);
    }

    @Test
    void putJourneyStatusRejectsUnknownStatus() {
        assertThat(Http.put(url("/_sim/journeys/" + KEY + "/status"), map("status", "Running"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void inspectionNeedsNoTokenAndIsNotCountedAsEntry() {
        Http.get(url("/_sim/stats"), null);

        assertThat(sim.simulator().stats().unauthorizedResponses()).isZero();
        assertThat(sim.simulator().stats().entryRequests()).isZero();
    }
}
