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

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelsfmc.simulator.Http.Response;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The hostile answers of issue 21: trickling and oversized bodies, echoed headers, long texts, failing tokens. */
class HostileAnswersTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    String token;

    @BeforeEach
    void token() {
        token = Http.token(sim.baseUrl());
    }

    HostileAnswers hostile() {
        return sim.simulator().faults().hostile();
    }

    /** The request a client makes to each API, and a property its honest answer has. */
    enum Call {
        TOKEN(
                SimulatedApi.TOKEN,
                "access_token",
                (base, t) -> post(
                        base + "/v2/token",
                        map(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                "sim-client",
                                "client_secret",
                                "sim-secret"),
                        null)),
        SINGLE_ENTRY(
                SimulatedApi.SINGLE_ENTRY,
                "eventInstanceId",
                (base, t) ->
                        post(base + "/interaction/v1/events", map("ContactKey", "c-1", "EventDefinitionKey", KEY), t)),
        BATCH_ENTRY(
                SimulatedApi.BATCH_ENTRY,
                "requestId",
                (base, t) -> post(
                        base + "/interaction/v1/async/events",
                        map("eventDefinitionKey", KEY, "members", List.of(map("contactKey", "c-1"))),
                        t)),
        EVENT_DEFINITION(
                SimulatedApi.EVENT_DEFINITION,
                "dataExtensionId",
                (base, t) -> get(base + "/interaction/v1/eventDefinitions/key:" + KEY, t)),
        INTERACTIONS(
                SimulatedApi.INTERACTIONS,
                "items",
                (base, t) -> get(base + "/interaction/v1/interactions?extras=activities", t)),
        DATA_EXTENSION_FIELDS(
                SimulatedApi.DATA_EXTENSION_FIELDS,
                "fields",
                (base, t) -> get(base + "/data/v1/customobjects/" + Ids.stable("dataExtension", KEY) + "/fields", t));

        final SimulatedApi api;
        final String realProperty;
        final BiFunction<String, String, HttpRequest> request;

        Call(SimulatedApi api, String realProperty, BiFunction<String, String, HttpRequest> request) {
            this.api = api;
            this.realProperty = realProperty;
            this.request = request;
        }
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void aTricklingBodyArrivesAFewBytesAtATimeAndWhole(Call call) throws Exception {
        hostile().trickle(call.api, 64, Duration.ofMillis(30));

        Timed answer = timed(call.request.apply(sim.baseUrl(), token));

        long writes = (answer.body().length + 63) / 64;
        assertThat(answer.bodyMillis()).as("%d writes, 30 ms apart", writes).isGreaterThanOrEqualTo((writes - 1) * 30);
        assertThat(Http.JSON.readTree(answer.body()).has(call.realProperty)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void anOversizedBodyIsAsLongAsConfiguredAndStillCarriesTheRealAnswer(Call call) throws Exception {
        hostile().oversizedBody(call.api, 2_000_000);

        Timed answer = timed(call.request.apply(sim.baseUrl(), token));

        assertThat(answer.body()).hasSize(2_000_000);
        assertThat(answer.contentLength()).isEqualTo(2_000_000);
        JsonNode json = Http.JSON.readTree(answer.body());
        assertThat(json.has(call.realProperty)).isTrue();
        assertThat(json.get("padding").asText()).hasSizeGreaterThan(1_900_000);
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void anErrorPageEchoesTheRequestHeadersBearerTokenIncluded(Call call) throws Exception {
        hostile().echoHeadersErrorPage(call.api, 502);

        Timed answer = timed(call.request.apply(sim.baseUrl(), token));

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.contentType()).startsWith("text/html");
        String page = new String(answer.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>502 Bad Gateway</h1>");
        if (call != Call.TOKEN) {
            assertThat(page).containsIgnoringCase("Authorization: Bearer " + token);
        }
        assertThat(sim.simulator().entryCount(KEY)).as("nothing processed").isZero();
    }

    @Test
    void theEchoedHeadersAreListedInNameOrder() throws Exception {
        hostile().echoHeadersErrorPage(SimulatedApi.SINGLE_ENTRY, 502);

        Timed answer = timed(Call.SINGLE_ENTRY.request.apply(sim.baseUrl(), token));

        String page = new String(answer.body(), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
        assertThat(page.indexOf("\nauthorization: ")).isPositive().isLessThan(page.indexOf("\ncontent-type: "));
        assertThat(page.indexOf("\ncontent-type: ")).isLessThan(page.indexOf("\nhost: "));
    }

    @Test
    void longTextsLengthenTheOAuthErrorDescription() {
        hostile().longTexts(50_000);

        Response r = Http.tokenResponse(sim.baseUrl(), "sim-client", "wrong", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().get("error_description").asText())
                .hasSize(50_000)
                .startsWith("Client authentication failed.");
    }

    @Test
    void longTextsLengthenTheSfmcErrorMessage() {
        hostile().longTexts(50_000);

        Response r = Http.event(sim.baseUrl(), token, "No-Such-Event", "c-1", null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(30000);
        assertThat(r.body().get("message").asText()).hasSize(50_000).startsWith("Unable to find");
    }

    @Test
    void longTextsLengthenEachBatchMembersMessageAndContactKeyEcho() {
        hostile().longTexts(20_000);

        Response r = Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map(
                        "eventDefinitionKey",
                        KEY,
                        "members",
                        List.of(map("contactKey", "ok"), map("contactKey", "bad", "data", "not an object"))),
                token);

        JsonNode members = r.body().get("members");
        assertThat(members.get(0).get("contactKey").asText()).hasSize(20_000).startsWith("ok ");
        assertThat(members.get(1).get("contactKey").asText()).hasSize(20_000).startsWith("bad ");
        assertThat(members.get(1).get("message").asText()).hasSize(20_000).startsWith("data must be");
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("ok");
    }

    @Test
    void longTextsLengthenAStatusItemsMessage() {
        Http.post(
                sim.baseUrl() + "/interaction/v1/async/events",
                map("eventDefinitionKey", KEY, "members", List.of(map("contactKey", "bad", "data", "x"))),
                token);
        hostile().longTexts(20_000);

        Response r = Http.get(sim.baseUrl() + "/interaction/v1/async/events/status?type=errored", token);

        assertThat(r.body().get("items").get(0).get("message").asText()).hasSize(20_000);
    }

    @Test
    void theTokenEndpointFailsEveryNthCall() {
        hostile().tokenFailsEveryNthCall(2);

        List<Integer> statuses = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null)
                        .status())
                .toList();

        assertThat(statuses).containsExactly(200, 503, 200, 503);
    }

    @Test
    void theTokenEndpointCanFailTheFirstCallAndEveryNthAfterIt() {
        hostile().tokenFailsEveryNthCall(2, 1);

        List<Integer> statuses = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null)
                        .status())
                .toList();

        assertThat(statuses).containsExactly(503, 200, 503, 200);
    }

    @Test
    void theInspectionApiSetsTheFirstFailingTokenCall() {
        Response put = Http.put(
                sim.baseUrl() + "/_sim/faults",
                map("hostile", map("tokenFailsEveryNthCall", 3, "tokenFirstFailingCall", 1)));

        assertThat(put.status()).isEqualTo(200);
        assertThat(hostile().tokenFirstFailingCall()).isEqualTo(1);
        assertThat(Http.get(sim.baseUrl() + "/_sim/faults", null)
                        .body()
                        .at("/hostile/tokenFirstFailingCall")
                        .asInt())
                .isEqualTo(1);
        assertThat(Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null)
                        .status())
                .isEqualTo(503);
    }

    @Test
    void theFailingTokenCallHasAnOAuthErrorBody() {
        long issuedBefore = sim.simulator().stats().tokensIssued();
        hostile().tokenFailsEveryNthCall(1);

        Response r = Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null);

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body().get("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(sim.simulator().stats().tokensIssued()).isEqualTo(issuedBefore);
    }

    @Test
    void theInspectionApiSetsAndShowsHostileAnswers() {
        Response put = Http.put(
                sim.baseUrl() + "/_sim/faults",
                map(
                        "hostile",
                        map(
                                "longTextLength", 5000,
                                "tokenFailsEveryNthCall", 3,
                                "apis",
                                        map(
                                                "singleEntry",
                                                map(
                                                        "trickleBytes",
                                                        1,
                                                        "trickleIntervalMillis",
                                                        500,
                                                        "echoHeadersErrorPageStatus",
                                                        502)))));

        assertThat(put.status()).isEqualTo(200);
        assertThat(hostile().longTextLength()).isEqualTo(5000);
        assertThat(hostile().tokenFailsEveryNthCall()).isEqualTo(3);
        assertThat(hostile().settings(SimulatedApi.SINGLE_ENTRY))
                .isEqualTo(new HostileAnswers.ApiSettings(1, Duration.ofMillis(500), 0, 502));
        assertThat(Http.get(sim.baseUrl() + "/_sim/faults", null)
                        .body()
                        .at("/hostile/apis/singleEntry/trickleBytes")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void restoringTheConfiguredStateMakesEveryApiHonestAgain() {
        hostile().echoHeadersErrorPage(SimulatedApi.SINGLE_ENTRY, 502).longTexts(10);

        sim.simulator().restoreConfiguredState();

        assertThat(hostile().all()).isEmpty();
        assertThat(Http.event(sim.baseUrl(), token, KEY, "c-1", null).status()).isEqualTo(201);
    }

    @Test
    void aConfigFileSetsHostileAnswersPerApi() {
        String yaml = """
                faults:
                  hostile:
                    longTextLength: 9000
                    apis:
                      batchEntry: {oversizedBodyBytes: 50000000}
                      token: {trickleBytes: 2, trickleIntervalMillis: 100}
                """;

        SfmcSimulator built = SfmcSimulator.fromConfig(
                        new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true)
                .build();

        HostileAnswers h = built.faults().hostile();
        assertThat(h.longTextLength()).isEqualTo(9000);
        assertThat(h.settings(SimulatedApi.BATCH_ENTRY).oversizedBodyBytes()).isEqualTo(50_000_000);
        assertThat(h.settings(SimulatedApi.TOKEN).trickleInterval()).isEqualTo(Duration.ofMillis(100));
    }

    record Timed(int status, String contentType, long contentLength, byte[] body, long bodyMillis) {}

    /** Sends, then reads the body from the moment the headers arrived, timing the body alone. */
    static Timed timed(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long start = System.nanoTime();
        byte[] body;
        try (InputStream in = r.body()) {
            body = in.readAllBytes();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Timed(
                r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValueAsLong("Content-Length").orElse(-1),
                body,
                millis);
    }

    static HttpRequest post(String url, Map<String, Object> body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.json(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }
}
