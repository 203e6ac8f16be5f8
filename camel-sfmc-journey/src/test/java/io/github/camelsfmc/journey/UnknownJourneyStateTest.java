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
package io.github.camelsfmc.journey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.ScriptedSfmc.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When preflight cannot establish the journey's state (the journeys list is refused, unreadable, longer than preflight
 * reads, or too slow), a STRICT route still enters every valid contact: each exchange says what was not checked, a
 * metric counts it, and the health check reports it while staying UP.
 */
class UnknownJourneyStateTest extends ScriptedSfmcTestSupport {

    private final ScriptedJourney journey =
            new ScriptedJourney().field("Name", "Text", true).version("Welcome", 1, "Published");

    private String uri(String options) {
        sfmc.reads(journey);
        return sfmc.journeyUriWithDefaultChecks("validation=strict" + (options.isEmpty() ? "" : "&" + options));
    }

    private List<Exchange> sendTwo(String uri) {
        return List.of("C-1", "C-2").stream()
                .map(key -> template.request(uri, e -> e.getMessage().setBody(Map.of("ContactKey", key, "Name", "A"))))
                .toList();
    }

    private void assertEnteredWithWarning(List<Exchange> results, String... warningParts) {
        for (Exchange result : results) {
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS, List.class))
                    .singleElement()
                    .asString()
                    .contains(warningParts);
        }
        assertThat(sfmc.entryRequests()).hasSize(results.size());
    }

    @Test
    void aRefusedJourneysListSendsEveryContactWithAWarningNamingTheScope() {
        journey.answer(
                "/interactions", Answer.json(403, "{\"message\":\"Insufficient privileges\",\"errorcode\":20002}"));
        String uri = uri("");

        List<Exchange> results = sendTwo(uri);

        assertEnteredWithWarning(results, "journey state not checked", "Insufficient privileges", "journeys_read");
        assertThat(context.getEndpoint(uri, SfmcJourneyEndpoint.class).getEntryMetrics())
                .containsEntry("validation.unchecked", 2L);
    }

    @Test
    void anUnreadableJourneysListSendsEveryContactWithAWarning() {
        journey.answer("/interactions", Answer.json(200, "{\"count\":1,\"items\":[{\"name\":"));

        assertEnteredWithWarning(sendTwo(uri("")), "journey state not checked", "was not readable JSON");
    }

    @Test
    void aJourneyListedWithoutTriggersLeavesTheStateUnknownNotAbsent() {
        journey.answer(
                "/interactions",
                Answer.json(200, "{\"count\":1,\"items\":[{\"name\":\"Welcome\",\"status\":\"Published\"}]}"));

        assertEnteredWithWarning(sendTwo(uri("")), "journey state not checked", "without its triggers");
    }

    @Test
    void moreVersionsThanPreflightReadsLeaveTheStateUnknownNotAbsent() {
        journey.otherJourneys(20 * 50);

        List<Exchange> results = sendTwo(uri(""));

        assertEnteredWithWarning(results, "journey state not checked", "1001 journey versions", "more than the 1000");
        assertThat(sfmc.readRequests())
                .filteredOn(read -> read.contains("/interactions"))
                .hasSize(20);
    }

    @Test
    void aJourneysListThatDoesNotAnswerWithinThePreflightDeadlineSendsEveryContactWithAWarning() {
        journey.answer("/interactions", Answer.noAnswer());

        assertEnteredWithWarning(
                sendTwo(uri("preflightTimeout=300")), "not checked", "did not finish within preflightTimeout=300 ms");
    }

    @Test
    void aStrictPreflightThatDoesNotAnswerStartsTheRouteWithTheFactsUnknown() throws Exception {
        journey.answer("/interactions", Answer.noAnswer());
        String uri = uri("preflight=strict&preflightTimeout=300");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to(uri);
            }
        });

        Exchange result = template.request("direct:in", e -> e.getMessage().setBody(Map.of("ContactKey", "C-1")));

        assertThat(context.getRouteController()
                        .getRouteStatus(context.getRoutes().get(0).getRouteId())
                        .isStarted())
                .isTrue();
        assertEnteredWithWarning(List.of(result), "did not finish within preflightTimeout=300 ms");
    }

    @Test
    void theHealthCheckStaysUpAndSaysWhatCouldNotBeChecked() throws Exception {
        journey.answer(
                "/interactions", Answer.json(403, "{\"message\":\"Insufficient privileges\",\"errorcode\":20002}"));
        String uri = uri("");
        context.getComponent("sfmc-journey", SfmcJourneyComponent.class).setHealthCheckProducerEnabled(true);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to(uri);
            }
        });
        HealthCheckRegistry.get(context)
                .getRepository("producers")
                .orElseThrow()
                .setEnabled(true);
        template.request("direct:in", e -> e.getMessage().setBody(Map.of("ContactKey", "C-1")));

        Optional<HealthCheck.Result> result = HealthCheckHelper.invoke(
                context,
                "producer:sfmc-journey-"
                        + context.getEndpoint(uri, SfmcJourneyEndpoint.class).getId(),
                Map.of());

        assertThat(result).hasValueSatisfying(r -> {
            assertThat(r.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(r.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("journey state not checked"));
            assertThat(r.getDetails().get("notChecked")).asString().contains("journeys_read");
        });
    }
}
