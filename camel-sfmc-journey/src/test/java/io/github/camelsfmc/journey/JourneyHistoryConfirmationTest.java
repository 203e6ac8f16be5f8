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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.SimulatedApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * confirmMembership with journeyHistory=true: a contact contactMembership does not find is "entered and left" only
 * with a Journey History row of this journey, "no history found" only when its history was read in full, and a
 * history that cannot be read fails nothing.
 */
class JourneyHistoryConfirmationTest extends SfmcJourneyTestSupport {

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:enter").to(journeyUri());
                from("direct:confirm").to(journeyUri(KEY, "operation=confirmMembership&journeyHistory=true"));
                from("direct:confirmWithoutHistory").to(journeyUri(KEY, "operation=confirmMembership"));
                from("direct:confirmQuickly")
                        .to(journeyUri(
                                KEY, "operation=confirmMembership&journeyHistory=true&journeyHistoryTimeout=500"));
                from("direct:confirmWithoutPreflight")
                        .to(journeyUri(KEY, "operation=confirmMembership&journeyHistory=true&preflight=OFF"));
            }
        };
    }

    @AfterEach
    void honestHistory() {
        simulator().faults().hostile().honest(SimulatedApi.JOURNEY_HISTORY);
    }

    @Test
    void aContactThatFinishedIsEnteredAndLeftWithItsLatestHistoryRow() {
        template.sendBody("direct:enter", List.of(Map.of("ContactKey", "C-in"), Map.of("ContactKey", "C-done")));
        simulator().finishJourney(KEY, "C-done");

        Exchange result =
                template.request("direct:confirm", e -> e.getMessage().setBody(List.of("C-in", "C-done", "C-never")));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(
                        Map.entry("C-in", "inJourney"),
                        Map.entry("C-done", "enteredAndLeft"),
                        Map.entry("C-never", "noHistoryFound"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> history =
                result.getMessage().getHeader(SfmcJourneyConstants.JOURNEY_HISTORY, Map.class);
        assertThat(history).containsOnlyKeys("C-done");
        assertThat(history.get("C-done"))
                .containsEntry("activityName", "Journey exit")
                .containsEntry("status", "Complete")
                .containsKey("transactionTime");
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.NOT_FOUND_CONTACT_KEYS, List.class))
                .containsExactly("C-done", "C-never");
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT))
                .isEqualTo(1);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP_WARNINGS))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 404})
    void aHistoryThatCannotBeReadLeavesTheContactsNotFoundWithWhy(int status) {
        template.sendBody("direct:enter", Map.of("ContactKey", "C-done"));
        simulator().finishJourney(KEY, "C-done");
        simulator().faults().hostile().echoHeadersErrorPage(SimulatedApi.JOURNEY_HISTORY, status);

        Exchange result = template.request("direct:confirm", e -> e.getMessage().setBody("C-done"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-done", "notFound"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP_WARNINGS, List.class))
                .singleElement()
                .asString()
                .contains("Journey History could not be read (HTTP " + status)
                .contains("1 contact(s) stay not found: C-done");
    }

    @Test
    void aHistoryNotReadWithinItsTimeoutLeavesTheContactsNotFound() {
        template.sendBody("direct:enter", Map.of("ContactKey", "C-done"));
        simulator().finishJourney(KEY, "C-done");
        // one byte a second: the answer cannot be complete within the 500 ms the option allows
        simulator().faults().hostile().trickle(SimulatedApi.JOURNEY_HISTORY, 1, java.time.Duration.ofSeconds(1));

        Exchange result =
                template.request("direct:confirmQuickly", e -> e.getMessage().setBody("C-done"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-done", "notFound"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP_WARNINGS, List.class))
                .singleElement()
                .asString()
                .contains("not read in full within 500 ms");
    }

    @Test
    void historyIsSearchedOnlyForContactsNotFoundFiftyToACall() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            keys.add("C-never-" + i);
        }
        template.sendBody("direct:enter", Map.of("ContactKey", "C-in"));
        keys.add("C-in");

        Exchange result = template.request("direct:confirm", e -> e.getMessage().setBody(keys));

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsEntry("C-in", "inJourney")
                .containsEntry("C-never-59", "noHistoryFound");
        // 60 not-found contacts in exactly 2 searches; the contact found is not searched
        assertThat(historyCalls()).isEqualTo(2);
    }

    @Test
    void beyondThePagesReadARowFoundCountsButNoRowIsNotTakenForNoHistory() {
        List<Map<String, Object>> entries = new ArrayList<>();
        // 1001 entries and an exit: more rows than the 10 pages of 100 that are read
        for (int i = 0; i < 1001; i++) {
            entries.add(Map.of("ContactKey", "C-many"));
        }
        template.sendBody("direct:enter", entries);
        simulator().finishJourney(KEY, "C-many");

        Exchange result = template.request("direct:confirm", e -> e.getMessage().setBody(List.of("C-many", "C-never")));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-many", "enteredAndLeft"), Map.entry("C-never", "notFound"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP_WARNINGS, List.class))
                .singleElement()
                .asString()
                .contains("more than 1000 rows")
                .contains("1 contact(s) stay not found: C-never");
        assertThat(historyCalls()).isEqualTo(10);
    }

    @Test
    void aContactThatLeftAnotherJourneyHasNoHistoryInThisOne() {
        simulator().addJourney(Journey.builder("Other-Event").build());
        try {
            template.sendBody(journeyUri("Other-Event", null), Map.of("ContactKey", "C-elsewhere"));
            simulator().finishJourney("Other-Event", "C-elsewhere");

            Exchange result =
                    template.request("direct:confirm", e -> e.getMessage().setBody("C-elsewhere"));

            assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                    .containsExactly(Map.entry("C-elsewhere", "noHistoryFound"));
        } finally {
            simulator().removeJourney("Other-Event");
        }
    }

    @Test
    void onAnEntryEndpointTheOptionIsRefusedWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint(journeyUri(KEY, "journeyHistory=true")))
                .rootCause()
                .hasMessageContaining("journeyHistory=true works only with operation=confirmMembership")
                .hasMessageContaining("operation='enter'");
    }

    @Test
    void withoutTheOptionHistoryIsNotAsked() {
        template.sendBody("direct:enter", Map.of("ContactKey", "C-done"));
        simulator().finishJourney(KEY, "C-done");

        Exchange result = template.request(
                "direct:confirmWithoutHistory", e -> e.getMessage().setBody("C-done"));

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-done", "notFound"));
        assertThat(historyCalls()).isZero();
    }

    @Test
    void withoutPreflightTheHistoryIsNotSearchedAndTheWarningSaysWhy() {
        template.sendBody("direct:enter", Map.of("ContactKey", "C-done"));
        simulator().finishJourney(KEY, "C-done");

        Exchange result = template.request(
                "direct:confirmWithoutPreflight", e -> e.getMessage().setBody("C-done"));

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-done", "notFound"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP_WARNINGS, List.class))
                .singleElement()
                .asString()
                .contains("which journey versions this event definition starts is not known");
        assertThat(historyCalls()).isZero();
    }

    private long historyCalls() {
        return simulator().requestLog().stream()
                .filter(r -> r.path().toLowerCase().contains("journeyhistory"))
                .count();
    }
}
