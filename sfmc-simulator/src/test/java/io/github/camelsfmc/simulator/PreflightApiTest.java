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

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelsfmc.simulator.Http.Response;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

class PreflightApiTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.of(SfmcSimulator.withDefaults()
            .journey(Journey.builder("Draft-Event")
                    .name("Draft journey")
                    .status(JourneyStatus.DRAFT)
                    .entryMode(EntryMode.ONCE_AND_DONE)
                    .field(DataExtensionField.primaryKey("ContactKey", 50))
                    .field(DataExtensionField.of("Score", FieldType.DECIMAL)
                            .defaultValue("0")
                            .required())
                    .build())
            .journey(Journey.builder("Other-Bu-Event").mid(999).build()));

    private String token;

    @BeforeEach
    void token() {
        token = Http.token(sim.baseUrl());
    }

    private Response get(String path) {
        return Http.get(sim.baseUrl() + path, token);
    }

    @Test
    void eventDefinitionByKeyDescribesTheApiEvent() {
        Journey j = sim.simulator().journey(KEY);

        Response r = get("/interaction/v1/eventDefinitions/key:" + KEY);

        assertThat(r.status()).isEqualTo(200);
        JsonNode b = r.body();
        assertThat(b.get("id").asText()).isEqualTo(j.eventDefinitionId());
        assertThat(b.get("type").asText()).isEqualTo("APIEvent");
        assertThat(b.get("mode").asText()).isEqualTo("Production");
        assertThat(b.get("eventDefinitionKey").asText()).isEqualTo(KEY);
        assertThat(b.get("dataExtensionId").asText()).isEqualTo(j.dataExtensionId());
        assertThat(b.get("dataExtensionName").asText()).isEqualTo(j.dataExtensionName());
        assertThat(b.get("interactionCount").asInt()).isEqualTo(1);
        assertThat(b.get("publishedInteractionCount").asInt()).isEqualTo(1);
    }

    @Test
    void eventDefinitionOfAnUnpublishedJourneyHasNoPublishedInteraction() {
        Response r = get("/interaction/v1/eventDefinitions/key:Draft-Event");

        assertThat(r.body().get("publishedInteractionCount").asInt()).isEqualTo(0);
    }

    @Test
    void eventDefinitionById() {
        Response r = get("/interaction/v1/eventDefinitions/"
                + sim.simulator().journey(KEY).eventDefinitionId());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("eventDefinitionKey").asText()).isEqualTo(KEY);
    }

    @Test
    void unknownEventDefinitionKeyGives400Errorcode30000() {
        Response r = get("/interaction/v1/eventDefinitions/key:Nope");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(30000);
    }

    @Test
    void interactionsWithoutExtrasListJourneysOfTheTokensMidWithoutTriggers() {
        Response r = get("/interaction/v1/interactions");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("count").asInt()).isEqualTo(2);
        assertThat(r.body().get("page").asInt()).isEqualTo(1);
        assertThat(r.body().get("pageSize").asInt()).isEqualTo(50);
        assertThat(r.body().get("links").isObject()).isTrue();
        JsonNode first = r.body().get("items").get(0);
        assertThat(first.get("key").asText())
                .isEqualTo(sim.simulator().journey(KEY).journeyKey());
        assertThat(first.get("id").asText()).isNotBlank();
        assertThat(first.get("name").asText()).isEqualTo("Sim Welcome Journey");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("status").asText()).isEqualTo("Published");
        assertThat(first.get("entryMode").asText()).isEqualTo("MultipleEntries");
        assertThat(first.get("definitionType").asText()).isEqualTo("Multistep");
        assertThat(first.has("triggers")).isFalse();
        assertThat(r.body().get("items").get(1).get("entryMode").asText()).isEqualTo("OnceAndDone");
    }

    @Test
    void interactionsWithExtrasActivitiesIncludeTheApiEventTrigger() {
        Response r = get("/interaction/v1/interactions?extras=activities&mostRecentVersionOnly=true");

        JsonNode trigger = r.body().get("items").get(0).get("triggers").get(0);
        assertThat(trigger.get("key").asText()).isEqualTo("TRIGGER");
        assertThat(trigger.get("type").asText()).isEqualTo("APIEvent");
        assertThat(trigger.get("metaData").get("eventDefinitionKey").asText()).isEqualTo(KEY);
        assertThat(trigger.get("metaData").get("eventDefinitionId").asText())
                .isEqualTo(sim.simulator().journey(KEY).eventDefinitionId());
        assertThat(r.body().get("items").get(0).get("activities").isArray()).isTrue();
    }

    @Test
    void interactionsWithExtrasAllIncludeTriggers() {
        Response r = get("/interaction/v1/interactions?extras=all");

        assertThat(r.body().get("items").get(0).has("triggers")).isTrue();
        assertThat(r.body().get("items").get(0).has("stats")).isTrue();
    }

    @Test
    void interactionsFilterByStatus() {
        Response published = get("/interaction/v1/interactions?status=Published");
        Response draft = get("/interaction/v1/interactions?status=Draft");

        assertThat(published.body().get("items"))
                .extracting(i -> i.get("status").asText())
                .containsExactly("Published");
        assertThat(draft.body().get("items"))
                .extracting(i -> i.get("name").asText())
                .containsExactly("Draft journey");
    }

    @Test
    void interactionsReflectRuntimeStatusChanges() {
        sim.simulator().journey(KEY).status(JourneyStatus.PAUSED);

        Response r = get("/interaction/v1/interactions?status=Paused");

        assertThat(r.body().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void interactionsPage() {
        Response r = get("/interaction/v1/interactions?$page=2&$pageSize=1");

        assertThat(r.body().get("count").asInt()).isEqualTo(2);
        assertThat(r.body().get("items"))
                .singleElement()
                .satisfies(i -> assertThat(i.get("status").asText()).isEqualTo("Draft"));
    }

    @Test
    void dataExtensionFieldsDescribeTheEntrySchema() {
        String deId = sim.simulator().journey(KEY).dataExtensionId();

        Response r = get("/data/v1/customobjects/" + deId + "/fields");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("id").asText()).isEqualTo(deId);
        assertThat(r.body().get("fieldCount").asInt()).isEqualTo(5);
        assertThat(r.body().get("links").isObject()).isTrue();
        JsonNode fields = r.body().get("fields");
        assertThat(fields)
                .extracting(f -> f.get("name").asText())
                .containsExactly("ContactKey", "FirstName", "LastName", "Email", "Age");
        JsonNode pk = fields.get(0);
        assertThat(pk.get("type").asText()).isEqualTo("Text");
        assertThat(pk.get("length").asInt()).isEqualTo(50);
        assertThat(pk.get("ordinal").asInt()).isEqualTo(0);
        assertThat(pk.get("isPrimaryKey").asBoolean()).isTrue();
        assertThat(pk.get("isNullable").asBoolean()).isFalse();
        assertThat(pk.has("defaultValue")).isFalse();
        assertThat(fields.get(3).get("type").asText()).isEqualTo("EmailAddress");
        assertThat(fields.get(4).get("type").asText()).isEqualTo("Number");
        assertThat(fields.get(4).get("isNullable").asBoolean()).isTrue();
    }

    @Test
    void dataExtensionFieldsShowDefaultValueOnlyWhenSet() {
        String deId = sim.simulator().journey("Draft-Event").dataExtensionId();

        JsonNode score = get("/data/v1/customobjects/" + deId + "/fields")
                .body()
                .get("fields")
                .get(1);

        assertThat(score.get("type").asText()).isEqualTo("Decimal");
        assertThat(score.get("defaultValue").asText()).isEqualTo("0");
        assertThat(score.get("scale").asInt()).isEqualTo(2);
    }

    @Test
    void unknownDataExtensionGives404Errorcode30003() {
        Response r = get("/data/v1/customobjects/00000000-0000-0000-0000-000000000000/fields");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(30003);
    }

    @Test
    void unknownRouteGives404WithTheSfmcBody() {
        Response r = get("/interaction/v1/nothing-here");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.raw())
                .isEqualTo("{\"documentation\":\"https://developer.salesforce.com/docs/atlas.en-us"
                        + ".mc-apis.meta/mc-apis/error-handling.htm\",\"errorcode\":404,\"message\":\"Not Found\"}");
    }

    @Test
    void readEndpointsNeedAToken() {
        Response r = Http.get(sim.baseUrl() + "/interaction/v1/interactions", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(0);
    }
}
