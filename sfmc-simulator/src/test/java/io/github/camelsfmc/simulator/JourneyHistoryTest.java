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
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelsfmc.simulator.Http.Response;
import io.github.camelsfmc.simulator.junit.ManualClock;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;

/** journeyhistory/search: entries and exits from the ledger, filtered, paged, 30 days back at most. */
class JourneyHistoryTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;
    static final ManualClock clock = new ManualClock();

    @RegisterExtension
    static SfmcSimulatorExtension sim =
            SfmcSimulatorExtension.of(SfmcSimulator.withDefaults().clock(clock));

    String token;

    @BeforeEach
    void token() {
        token = Http.token(sim.baseUrl());
    }

    @Test
    void aContactThatEnteredAndFinishedHasAnEntryAndAnExitRow() {
        Http.event(sim.baseUrl(), token, KEY, "done", null);
        clock.advance(Duration.ofSeconds(5));
        sim.simulator().finishJourney(KEY, "done");
        Http.event(sim.baseUrl(), token, KEY, "other", null);

        JsonNode page = search(map("contactKeys", List.of("done", "never"))).body();

        assertThat(page.get("count").asInt()).isEqualTo(2);
        JsonNode items = page.get("items");
        assertThat(items).extracting(i -> i.get("contactKey").asText()).containsExactly("done", "done");
        assertThat(items)
                .extracting(i -> i.get("activityName").asText())
                .containsExactly("Journey entry", "Journey exit");
        assertThat(items.get(0).get("definitionId").asText()).isEqualTo(interactionDefinitionId());
        assertThat(items.get(1).get("transactionTime").asText())
                .isGreaterThan(items.get(0).get("transactionTime").asText());
    }

    @Test
    void rowsAreFilteredByDefinitionIdAndPaged() {
        Http.event(sim.baseUrl(), token, KEY, "a", null);
        Http.event(sim.baseUrl(), token, KEY, "b", null);
        Http.event(sim.baseUrl(), token, KEY, "c", null);

        assertThat(search(map("definitionIds", List.of("someone-else")))
                        .body()
                        .get("count")
                        .asInt())
                .isZero();
        JsonNode second = Http.post(
                        sim.baseUrl() + "/interaction/v1/interactions/journeyhistory/search?$page=2&$pageSize=2",
                        map("definitionIds", List.of(interactionDefinitionId()), "contactKeys", List.of("a", "b", "c")),
                        token)
                .body();
        assertThat(second.get("count").asInt()).isEqualTo(3);
        assertThat(second.get("items"))
                .extracting(i -> i.get("contactKey").asText())
                .containsExactly("c");
    }

    @Test
    void historyOlderThanThirtyDaysIsGone() {
        Http.event(sim.baseUrl(), token, KEY, "old", null);
        clock.advance(Duration.ofDays(31));
        token = Http.token(sim.baseUrl());

        assertThat(search(map("contactKeys", List.of("old"), "start", "2000-01-01T00:00:00Z"))
                        .body()
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void aTokenWithoutJourneysReadIsRefused() {
        String limited = Http.post(
                        sim.baseUrl() + "/v2/token",
                        map(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                SfmcSimulator.DEFAULT_CLIENT_ID,
                                "client_secret",
                                SfmcSimulator.DEFAULT_CLIENT_SECRET,
                                "scope",
                                "journeys_execute"),
                        null)
                .body()
                .get("access_token")
                .asText();

        Response r = Http.post(
                sim.baseUrl() + "/interaction/v1/interactions/journeyhistory/search",
                map("contactKeys", List.of("x")),
                limited);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(20002);
    }

    private Response search(Object body) {
        return Http.post(sim.baseUrl() + "/interaction/v1/interactions/journeyhistory/search", body, token);
    }

    private String interactionDefinitionId() {
        return Http.get(sim.baseUrl() + "/interaction/v1/interactions", token)
                .body()
                .at("/items/0/definitionId")
                .asText();
    }
}
