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
import java.time.Instant;
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

/**
 * The async status API as SFMC documents it, and journey processing that decides after the batch was accepted.
 */
class BatchStatusTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;
    static final String KNOWN_ONLY_KEY = "Known-Only-Event";

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
    void aQueuedMemberStaysQueuedAndOutOfTheJourneyUntilTheProcessingDelayHasPassed() {
        sim.simulator().processingDelay(Duration.ofHours(1));

        batch(KEY, "c-1");

        assertThat(statuses("eventDefinitionKey=" + KEY))
                .extracting(item -> item.get("status").asText())
                .containsExactly("queued");
        assertThat(sim.simulator().entered(KEY)).isEmpty();
    }

    @Test
    void afterTheProcessingDelayTheMemberIsProcessedAndModifiedNoEarlierThanTheDelay() {
        sim.simulator().processingDelay(Duration.ofMillis(200));
        batch(KEY, "c-1");

        clock.advance(Duration.ofMillis(200));

        JsonNode item = statuses("eventDefinitionKey=" + KEY).get(0);
        assertThat(item.get("status").asText()).isEqualTo("processed");
        assertThat(date(item, "modifiedDate"))
                .isAfterOrEqualTo(date(item, "createdDate").plusMillis(200));
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("c-1");
    }

    @Test
    void aJourneyPausedAfterTheBatchWasAcceptedErrorsTheQueuedMembersWithTheReason() {
        sim.simulator().processingDelay(Duration.ofMillis(100));
        Response accepted = batch(KEY, "c-1", "c-2");
        sim.simulator().journey(KEY).status(JourneyStatus.PAUSED);

        clock.advance(Duration.ofMillis(100));

        assertThat(accepted.body().get("notQueuedCount").asInt()).isZero();
        assertThat(statuses("type=errored&eventDefinitionKey=" + KEY))
                .hasSize(2)
                .allSatisfy(item -> {
                    assertThat(item.get("errorcode").asText()).isEqualTo("30000");
                    assertThat(item.get("message").asText())
                            .contains("JOURNEY_NOT_RUNNING")
                            .contains("Paused");
                });
        assertThat(sim.simulator().dropped(KEY)).extracting(Drop::reason).containsOnly(DropReason.JOURNEY_NOT_RUNNING);
    }

    @Test
    void anUnknownContactOfAKnownContactsOnlyJourneyIsQueuedThenErroredWithTheReason() {
        sim.simulator()
                .addJourney(Journey.builder(KNOWN_ONLY_KEY)
                        .knownContactsOnly("known")
                        .build());

        Response accepted = batch(KNOWN_ONLY_KEY, "known", "stranger");

        assertThat(accepted.body().get("notQueuedCount").asInt()).isZero();
        List<JsonNode> errored = statuses("type=errored&eventDefinitionKey=" + KNOWN_ONLY_KEY);
        assertThat(errored).extracting(item -> item.get("contactKey").asText()).containsExactly("stranger");
        assertThat(errored.get(0).get("message").asText()).contains("UNKNOWN_CONTACT");
        sim.simulator().removeJourney(KNOWN_ONLY_KEY);
    }

    @Test
    void startDateAndEndDateBoundModifiedDate() {
        Instant before = clock.instant().minusSeconds(1);
        batch(KEY, "c-1");

        assertThat(statuses("eventDefinitionKey=" + KEY + "&endDate=" + before)).isEmpty();
        assertThat(statuses("eventDefinitionKey=" + KEY + "&startDate=" + before))
                .hasSize(1);
        assertThat(statuses("eventDefinitionKey=" + KEY + "&startDate="
                        + clock.instant().plusSeconds(60)))
                .isEmpty();
    }

    @Test
    void theDefaultWindowIsTheLast30Days() {
        batch(KEY, "c-1");

        assertThat(statuses("eventDefinitionKey=" + KEY + "&endDate="
                        + clock.instant().plus(Duration.ofDays(29))))
                .hasSize(1);
        assertThat(statuses("eventDefinitionKey=" + KEY + "&endDate="
                        + clock.instant().plus(Duration.ofDays(31))))
                .isEmpty();
    }

    @Test
    void orderByWithoutRequestIdContactKeyOrEventInstanceIdGives400() {
        Response r = status("eventDefinitionKey=" + KEY + "&$orderBy=modifiedDate%20DESC");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("message").asText()).contains("requestId, contactKey or eventInstanceId");
    }

    @Test
    void orderByModifiedDateDescWithARequestIdListsTheNewestFirst() {
        Response first = batch(KEY, "c-1");
        clock.advance(Duration.ofMillis(5));
        batch(KEY, "c-2");
        String requestId = first.body().get("requestId").asText();

        assertThat(statuses("requestId=" + requestId + "&$orderBy=modifiedDate%20DESC"))
                .extracting(item -> item.get("contactKey").asText())
                .containsExactly("c-1");
        assertThat(statuses("type=processed&$orderBy=modifiedDate%20DESC&contactKey=c-2"))
                .extracting(item -> item.get("contactKey").asText())
                .containsExactly("c-2");
    }

    @Test
    void noFilterGives400() {
        assertThat(status("$page=1").status()).isEqualTo(400);
    }

    private Response batch(String key, String... contactKeys) {
        List<Object> members = java.util.Arrays.stream(contactKeys)
                .map(contactKey -> (Object) map("contactKey", contactKey))
                .toList();
        Response r = Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map("eventDefinitionKey", key, "members", members),
                token);
        assertThat(r.status()).isEqualTo(202);
        return r;
    }

    private Response status(String query) {
        return Http.get(sim.baseUrl() + "/interaction/v1/async/events/status?" + query, token);
    }

    private List<JsonNode> statuses(String query) {
        Response r = status(query);
        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        r.body().get("items").forEach(items::add);
        return items;
    }

    private static Instant date(JsonNode item, String field) {
        return java.time.LocalDateTime.parse(item.get(field).asText()).toInstant(java.time.ZoneOffset.UTC);
    }
}
