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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelsfmc.simulator.Http.Response;
import io.github.camelsfmc.simulator.junit.ManualClock;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;

/** What a status consumer meets (issue 23): another clock, late statuses, revised errors, zoned dates, membership. */
class StatusClockAndMembershipTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;
    static final DateTimeFormatter SFMC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
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
    void datesInBodiesFollowTheSimulatorsOffsetClock() {
        sim.simulator().clockOffset(Duration.ofSeconds(30));

        batch("c-1");
        JsonNode item = statuses("contactKey=c-1").get(0);

        String sfmcNow = LocalDateTime.ofInstant(clock.instant().plusSeconds(30), ZoneOffset.UTC)
                .format(SFMC);
        assertThat(item.get("createdDate").asText()).isEqualTo(sfmcNow);
    }

    @Test
    void aStatusAndEachChangeBecomeVisibleOnlyAfterTheDelay() {
        sim.simulator().processingDelay(Duration.ofSeconds(10));
        sim.simulator().statusApi().visibilityDelay(Duration.ofSeconds(5));
        batch("c-1");

        assertThat(statuses("contactKey=c-1")).isEmpty();
        clock.advance(Duration.ofSeconds(5));
        assertThat(statusOf("c-1")).isEqualTo("queued");
        clock.advance(Duration.ofSeconds(5));
        assertThat(statusOf("c-1")).as("processed at +10 s, visible at +15 s").isEqualTo("queued");
        clock.advance(Duration.ofSeconds(5));
        assertThat(statusOf("c-1")).isEqualTo("processed");
    }

    @Test
    void anErroredMemberCanBeRevisedToProcessedAndItsContactEnters() {
        sim.simulator().journey(KEY).pause(PauseMode.DROP);
        batch("c-1");
        sim.simulator().journey(KEY).resume();
        JsonNode errored = statuses("contactKey=c-1").get(0);
        assertThat(errored.get("status").asText()).isEqualTo("errored");
        clock.advance(Duration.ofMinutes(1));

        boolean revised =
                sim.simulator().reviseToProcessed(errored.get("eventInstanceId").asText());

        assertThat(revised).isTrue();
        assertThat(statusOf("c-1")).isEqualTo("processed");
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("c-1");
    }

    @Test
    void aRevisedMemberMovesFromTheDropsToTheEntriesAndIsCountedOnce() {
        sim.simulator().journey(KEY).pause(PauseMode.DROP);
        Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map("eventDefinitionKey", KEY, "members", List.of(map("contactKey", "c-1", "data", map("Age", 36)))),
                token);
        sim.simulator().journey(KEY).resume();
        String eventInstanceId =
                statuses("contactKey=c-1").get(0).get("eventInstanceId").asText();
        assertThat(sim.simulator().dropped(KEY)).extracting(Drop::contactKey).containsExactly("c-1");

        sim.simulator().reviseToProcessed(eventInstanceId);

        assertThat(sim.simulator().dropped(KEY)).isEmpty();
        assertThat(sim.simulator().dropCount(KEY)).isZero();
        assertThat(sim.simulator().entryCount(KEY)).isEqualTo(1);
        assertThat(sim.simulator().stats().contactsDropped()).isZero();
        assertThat(sim.simulator().stats().contactsEntered()).isEqualTo(1);
        Entry entry = sim.simulator().entered(KEY).get(0);
        assertThat(entry.eventInstanceId()).isEqualTo(eventInstanceId);
        assertThat(entry.data()).containsEntry("Age", 36);
        assertThat(membership(List.of("c-1")).body().at("/results/contactMemberships"))
                .hasSize(1);
    }

    @Test
    void datesAreWrittenAndReadWithoutAnOffsetInTheConfiguredZone() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        sim.simulator().dateZone(chicago);
        batch("c-1");

        JsonNode item = statuses("contactKey=c-1").get(0);

        assertThat(item.get("createdDate").asText())
                .isEqualTo(LocalDateTime.ofInstant(clock.instant(), chicago).format(SFMC));
        String chicagoNow = LocalDateTime.ofInstant(clock.instant(), chicago).format(SFMC);
        String utcNow = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(SFMC);
        assertThat(statuses("contactKey=c-1&startDate=" + chicagoNow)).hasSize(1);
        assertThat(statuses("contactKey=c-1&endDate=" + utcNow))
                .as("UTC wall time read as Chicago time is hours later, so the item is inside")
                .hasSize(1);
        assertThat(statuses("contactKey=c-1&endDate="
                        + LocalDateTime.ofInstant(clock.instant().minusSeconds(1), chicago)
                                .format(SFMC)))
                .isEmpty();
    }

    @Test
    void aPageSizeCapCutsThePageAndTheAnswerSaysSo() {
        sim.simulator().statusApi().pageSizeCap(2);
        batch("c-1", "c-2", "c-3");

        JsonNode page = Http.get(
                        sim.baseUrl() + "/interaction/v1/async/events/status?eventDefinitionKey=" + KEY
                                + "&$pageSize=5",
                        token)
                .body();

        assertThat(page.get("pageSize").asText()).isEqualTo("2");
        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
    }

    @Test
    void contactMembershipFindsWhoIsInTheJourneyNowAndNotWhoFinished() {
        Http.event(sim.baseUrl(), token, KEY, "in", null);
        Http.event(sim.baseUrl(), token, KEY, "done", null);
        sim.simulator().finishJourney(KEY, "done");

        JsonNode results = membership(List.of("in", "done", "never")).body().get("results");

        assertThat(results.get("contactMemberships")).hasSize(1);
        JsonNode m = results.get("contactMemberships").get(0);
        assertThat(m.get("contactKey").asText()).isEqualTo("in");
        assertThat(m.get("definitionKey").asText())
                .isEqualTo(sim.simulator().journey(KEY).journeyKey());
        assertThat(m.get("version").asInt()).isEqualTo(1);
        assertThat(results.get("contactsNotFound")).extracting(JsonNode::asText).containsExactly("done", "never");
    }

    @Test
    void contactMembershipTakesAtMost50Keys() {
        List<String> keys = IntStream.range(0, 51).mapToObj(i -> "c-" + i).toList();

        Response r = membership(keys);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(10005);
        assertThat(membership(keys.subList(0, 50)).status()).isEqualTo(200);
    }

    @Test
    void singleEntriesShowInTheStatusApiOnlyWhenTheSettingSaysSo() {
        single("s-1");
        assertThat(statuses("contactKey=s-1")).isEmpty();

        sim.simulator().statusApi().listsSingleEntries(true);
        String id = single("s-2").body().get("eventInstanceId").asText();

        List<JsonNode> listed = statuses("contactKey=s-2&eventDefinitionKey=" + KEY);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("eventInstanceId").asText()).isEqualTo(id);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("processed");
        assertThat(statuses("contactKey=s-2&eventDefinitionKey=Another-Key")).isEmpty();
    }

    private Response single(String contactKey) {
        return Http.post(
                sim.baseUrl() + "/interaction/v1/events",
                map("ContactKey", contactKey, "EventDefinitionKey", KEY, "Data", map()),
                token);
    }

    private Response membership(List<String> keys) {
        return Http.post(
                sim.baseUrl() + "/interaction/v1/interactions/contactMembership", map("ContactKeyList", keys), token);
    }

    private Response batch(String... contactKeys) {
        List<Object> members = new ArrayList<>();
        for (String k : contactKeys) {
            members.add(map("contactKey", k));
        }
        return Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map("eventDefinitionKey", KEY, "members", members),
                token);
    }

    private String statusOf(String contactKey) {
        return statuses("contactKey=" + contactKey).get(0).get("status").asText();
    }

    private List<JsonNode> statuses(String query) {
        JsonNode items = Http.get(sim.baseUrl() + "/interaction/v1/async/events/status?" + query, token)
                .body()
                .get("items");
        List<JsonNode> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }
}
