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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelsfmc.simulator.Http.Response;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;

class BatchEventsTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    private String token;

    @BeforeEach
    void token() {
        token = Http.token(sim.baseUrl());
    }

    private Response batch(Object... members) {
        return Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map("eventDefinitionKey", KEY, "members", List.of(members)),
                token);
    }

    private static Map<String, Object> member(String contactKey, Map<String, Object> data) {
        return data == null ? map("contactKey", contactKey) : map("contactKey", contactKey, "data", data);
    }

    private Response status(String query) {
        return Http.get(sim.baseUrl() + "/interaction/v1/async/events/status?" + query, token);
    }

    @Test
    void batchGives202WithPerMemberResultsInRequestOrder() {
        Response r = batch(member("c-3", null), member("c-1", map("FirstName", "A")), member("c-2", null));

        assertThat(r.status()).isEqualTo(202);
        assertThat(r.body().get("requestId").asText()).isNotBlank();
        assertThat(r.body().get("count").asInt()).isEqualTo(3);
        assertThat(r.body().get("notQueuedCount").asInt()).isEqualTo(0);
        List<String> keys = new ArrayList<>();
        for (JsonNode m : r.body().get("members")) {
            keys.add(m.get("contactKey").asText());
            assertThat(m.get("eventInstanceId").asText()).isNotBlank();
            assertThat(m.has("errorcode")).isFalse();
        }
        assertThat(keys).containsExactly("c-3", "c-1", "c-2");
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("c-3", "c-1", "c-2");
        assertThat(sim.simulator().entered(KEY)).allSatisfy(e -> {
            assertThat(e.via()).isEqualTo(EntryChannel.BATCH);
            assertThat(e.requestId()).isEqualTo(r.body().get("requestId").asText());
        });
    }

    @Test
    void batchPropertyNamesAreCaseInsensitive() {
        Response r = Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map("EventDefinitionKey", KEY, "Members", List.of(map("ContactKey", "c-1", "Data", map()))),
                token);

        assertThat(r.status()).isEqualTo(202);
        assertThat(sim.simulator().entryCount(KEY)).isEqualTo(1);
    }

    @Test
    void memberWithoutContactKeyIsNotQueuedWithStringErrorcode10002() {
        Response r = batch(member("c-1", null), map("data", map("FirstName", "X")), member("c-2", null));

        assertThat(r.status()).isEqualTo(202);
        assertThat(r.body().get("notQueuedCount").asInt()).isEqualTo(1);
        JsonNode bad = r.body().get("members").get(1);
        assertThat(bad.get("contactKey").isNull()).isTrue();
        assertThat(bad.get("errorcode").isTextual()).isTrue();
        assertThat(bad.get("errorcode").asText()).isEqualTo("10002");
        assertThat(bad.get("message").asText()).contains("contactKey");
        assertThat(bad.has("eventInstanceId")).isFalse();
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("c-1", "c-2");
    }

    @Test
    void moreThan100MembersGives400Errorcode10005() {
        List<Object> members = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            members.add(member("c-" + i, null));
        }

        Response r = batch(members.toArray());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(10005);
        assertThat(sim.simulator().entered(KEY)).isEmpty();
    }

    @Test
    void exactly100MembersAreAccepted() {
        List<Object> members = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            members.add(member("c-" + i, null));
        }

        assertThat(batch(members.toArray()).status()).isEqualTo(202);
        assertThat(sim.simulator().entryCount(KEY)).isEqualTo(100);
    }

    @Test
    void emptyMembersGives400Errorcode10002() {
        Response r = batch();

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(10002);
    }

    @Test
    void missingEventDefinitionKeyGives400Errorcode10002() {
        Response r = Http.post(
                sim.baseUrl() + "/interaction/v1/async/events", map("members", List.of(member("c-1", null))), token);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(10002);
    }

    @Test
    void unknownEventDefinitionKeyGives400Errorcode30000() {
        Response r = Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map("eventDefinitionKey", "Nope", "members", List.of(member("c-1", null))),
                token);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(30000);
    }

    @Test
    void queuedMembersCanStillBeSilentlyDropped() {
        Response r = batch(
                member("ok", map("FirstName", "A")),
                member("typo", map("firstName", "B")),
                member("bad-age", map("Age", "old")));

        assertThat(r.body().get("notQueuedCount").asInt()).isEqualTo(0);
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("ok");
        assertThat(sim.simulator().dropped(KEY))
                .extracting(Drop::contactKey, Drop::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("typo", DropReason.UNKNOWN_FIELD),
                        org.assertj.core.groups.Tuple.tuple("bad-age", DropReason.INVALID_VALUE));
    }

    @Test
    void statusByRequestIdListsEveryMemberWithItsOutcome() {
        Response r = batch(member("ok", null), map("data", map()), member("typo", map("firstName", "B")));
        String requestId = r.body().get("requestId").asText();

        Response s = status("requestId=" + requestId);

        assertThat(s.status()).isEqualTo(200);
        assertThat(s.body().get("count").asInt()).isEqualTo(3);
        assertThat(s.body().get("page").asText()).isEqualTo("1");
        assertThat(s.body().get("pageSize").asText()).isEqualTo("50");
        JsonNode items = s.body().get("items");
        assertThat(items.get(0).get("contactKey").asText()).isEqualTo("ok");
        assertThat(items.get(0).get("status").asText()).isEqualTo("processed");
        assertThat(items.get(0).get("eventInstanceId").asText())
                .isEqualTo(r.body().get("members").get(0).get("eventInstanceId").asText());
        assertThat(items.get(0).get("eventDefinitionKey").asText()).isEqualTo(KEY);
        assertThat(items.get(0).get("createdDate").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        assertThat(items.get(1).get("status").asText()).isEqualTo("errored");
        assertThat(items.get(1).get("errorcode").asText()).isEqualTo("10002");
        assertThat(items.get(2).get("status").asText()).isEqualTo("errored");
        assertThat(items.get(2).get("message").asText()).contains("UNKNOWN_FIELD");
    }

    @Test
    void statusFiltersByContactKeyAndType() {
        batch(member("a", null), member("b", map("Age", "x")));
        batch(member("a", null));

        assertThat(status("contactKey=a").body().get("count").asInt()).isEqualTo(2);
        assertThat(status("type=errored").body().get("items"))
                .singleElement()
                .satisfies(i -> assertThat(i.get("contactKey").asText()).isEqualTo("b"));
        assertThat(status("eventDefinitionKey=" + KEY + "&type=processed")
                        .body()
                        .get("count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void statusPagesWithPageAndPageSize() {
        batch(member("a", null), member("b", null), member("c", null));

        Response page2 = status("type=processed&$page=2&$pageSize=2");

        assertThat(page2.body().get("count").asInt()).isEqualTo(3);
        assertThat(page2.body().get("items"))
                .singleElement()
                .satisfies(i -> assertThat(i.get("contactKey").asText()).isEqualTo("c"));
    }

    @Test
    void statusWithoutAnyFilterGives400Errorcode10002() {
        Response r = Http.get(sim.baseUrl() + "/interaction/v1/async/events/status", token);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(10002);
    }

    @Test
    void batchRequestsAreCounted() {
        batch(member("a", null));
        Http.post(sim.baseUrl() + "/interaction/v1/async/events", map(), null); // 401, still counted

        SimulatorStats s = sim.simulator().stats();
        assertThat(s.batchEventRequests()).isEqualTo(2);
        assertThat(s.entryRequests()).isEqualTo(2);
        assertThat(s.unauthorizedResponses()).isEqualTo(1);
    }
}
