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

import io.github.camelsfmc.simulator.junit.ManualClock;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Journey versions as Journey Builder runs them (sfmc-api.md 10.3), and how the interactions API lists them. */
class JourneyVersionsTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;
    static final ManualClock clock = new ManualClock();

    @RegisterExtension
    static SfmcSimulatorExtension sim =
            SfmcSimulatorExtension.of(SfmcSimulator.withDefaults().clock(clock));

    String token;
    Journey journey;

    @BeforeEach
    void setUp() {
        token = Http.token(sim.baseUrl());
        journey = sim.simulator().journey(KEY);
    }

    @Test
    void aDraftOverARunningVersionIsWhatTheDefaultListingShowsButEntriesGoToTheRunningOne() {
        journey.createDraftVersion();

        assertThat(versionsListed("")).extracting(v -> v.get("status").asText()).containsExactly("Draft");
        assertThat(versionsListed("&mostRecentVersionOnly=false"))
                .extracting(
                        v -> v.get("version").asInt() + ":" + v.get("status").asText())
                .containsExactly("2:Draft", "1:Published");
        enter("c-1");
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::version).containsExactly(1);
    }

    @Test
    void publishingANewVersionMovesTheOldOneToFinishingAndNewContactsToTheNewOne() {
        journey.createDraftVersion();
        clock.advance(Duration.ofMinutes(3));

        JourneyVersion v2 = journey.publishNewVersion();
        enter("c-1");

        assertThat(v2.activatedAt()).isEqualTo(clock.instant());
        assertThat(journey.version(1).status()).isEqualTo(JourneyStatus.FINISHING);
        assertThat(versionsListed("&mostRecentVersionOnly=false"))
                .extracting(v -> v.get("status").asText())
                .containsExactly("Published", "Unpublished");
        assertThat(versionsListed("&versionNumber=2")
                        .get(0)
                        .get("lastPublishedDate")
                        .asText())
                .isEqualTo(java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")));
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::version).containsExactly(2);
    }

    @Test
    void aStoppedVersionStillAdmitsForTheGraceThenDrops() {
        journey.stop();
        enter("during-grace");
        clock.advance(Duration.ofMinutes(10));
        enter("after-grace");

        assertThat(sim.simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("during-grace");
        assertThat(sim.simulator().dropped(KEY))
                .extracting(Drop::contactKey, Drop::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("after-grace", DropReason.JOURNEY_NOT_RUNNING));
    }

    @Test
    void aJourneyPausedToDropIgnoresArrivingContacts() {
        journey.pause(PauseMode.DROP);
        enter("c-1");
        journey.resume();

        assertThat(sim.simulator().entered(KEY)).isEmpty();
        assertThat(sim.simulator().dropped(KEY).get(0).detail()).contains("Paused");
    }

    @Test
    void aJourneyPausedToQueueHoldsArrivingContactsUntilItResumes() {
        journey.pause(PauseMode.QUEUE);
        enter("single");
        Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map("eventDefinitionKey", KEY, "members", List.of(map("contactKey", "batched"))),
                token);

        assertThat(sim.simulator().held(KEY)).extracting(Entry::contactKey).containsExactly("single");
        assertThat(sim.simulator().entered(KEY)).isEmpty();
        assertThat(status("batched")).isEqualTo("queued");

        journey.resume();

        assertThat(sim.simulator().entered(KEY))
                .extracting(Entry::contactKey)
                .containsExactlyInAnyOrder("single", "batched");
        assertThat(sim.simulator().held(KEY)).isEmpty();
        assertThat(status("batched")).isEqualTo("processed");
    }

    @Test
    void theInteractionsListPagesAndCountsVersions() {
        journey.createDraftVersion();

        JsonNode page2 = Http.get(
                        sim.baseUrl() + "/interaction/v1/interactions?mostRecentVersionOnly=false&$pageSize=1&$page=2",
                        token)
                .body();

        assertThat(page2.get("count").asInt()).isEqualTo(2);
        assertThat(page2.get("pageSize").asInt()).isEqualTo(1);
        assertThat(page2.get("items")).hasSize(1);
        assertThat(page2.get("items").get(0).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aVersionKeepsTheFieldsItWasActivatedWithWhenTheDataExtensionGrows() {
        List<DataExtensionField> before = journey.fields();
        List<DataExtensionField> grown = new java.util.ArrayList<>(before);
        grown.add(DataExtensionField.text("Nickname", 50));

        journey.fields(grown);

        assertThat(journey.version(1).activeFields()).isEqualTo(before);
        assertThat(journey.publishNewVersion().activeFields()).isEqualTo(grown);
    }

    @Test
    void theEventDefinitionNamesTheSendableFieldInItsSchema() {
        JsonNode schema = Http.get(sim.baseUrl() + "/interaction/v1/eventDefinitions/key:" + KEY, token)
                .body()
                .get("schema");

        assertThat(schema.get("sendableCustomObjectField").asText()).isEqualTo("ContactKey");
        assertThat(schema.get("fields").get(0).get("name").asText()).isEqualTo("ContactKey");
        assertThat(schema.get("fields").get(0).get("maxLength").asText()).isEqualTo("50");
        assertThat(schema.get("fields").get(0).get("isPrimaryKey").asBoolean()).isTrue();
    }

    @Test
    void aDataValueOfTheSendableFieldIsTheContactJourneyBuilderUses() {
        Http.event(sim.baseUrl(), token, KEY, "api-key", map("ContactKey", "data-key"));

        Entry entry = sim.simulator().entered(KEY).get(0);
        assertThat(entry.contactKey()).isEqualTo("api-key");
        assertThat(entry.journeyContactKey()).isEqualTo("data-key");
    }

    @Test
    void withoutTheSendableFieldInDataJourneyBuilderUsesTheContactKey() {
        enter("api-key");

        assertThat(sim.simulator().entered(KEY).get(0).journeyContactKey()).isEqualTo("api-key");
    }

    @Test
    void restoringTheConfiguredStateLeavesOneVersion() {
        journey.createDraftVersion();
        journey.publishNewVersion();

        sim.simulator().restoreConfiguredState();

        assertThat(journey.versions()).extracting(JourneyVersion::number).containsExactly(1);
        assertThat(journey.status()).isEqualTo(JourneyStatus.PUBLISHED);
    }

    private void enter(String contactKey) {
        assertThat(Http.event(sim.baseUrl(), token, KEY, contactKey, null).status())
                .isEqualTo(201);
    }

    private String status(String contactKey) {
        return Http.get(sim.baseUrl() + "/interaction/v1/async/events/status?contactKey=" + contactKey, token)
                .body()
                .get("items")
                .get(0)
                .get("status")
                .asText();
    }

    private List<JsonNode> versionsListed(String query) {
        JsonNode items = Http.get(sim.baseUrl() + "/interaction/v1/interactions?extras=activities" + query, token)
                .body()
                .get("items");
        List<JsonNode> out = new java.util.ArrayList<>();
        items.forEach(out::add);
        return out;
    }
}
