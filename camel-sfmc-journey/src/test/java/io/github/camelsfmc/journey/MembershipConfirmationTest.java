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
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;
import io.github.camelsfmc.simulator.Journey;

import static org.assertj.core.api.Assertions.assertThat;

/** operation=confirmMembership: "in the journey" only where SFMC's contactMembership says so. */
class MembershipConfirmationTest extends SfmcJourneyTestSupport {

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:enter").to(journeyUri());
                from("direct:confirm").to(journeyUri(KEY, "operation=confirmMembership"));
                from("direct:confirmWithoutJourneysRead")
                        .to(journeyUri(KEY, "operation=confirmMembership&scope=journeys_execute"));
                from("direct:confirmWithoutPreflight").to(journeyUri(KEY, "operation=confirmMembership&preflight=OFF"));
            }
        };
    }

    @Test
    void contactsThatEnteredAreConfirmedInTheJourney() {
        template.sendBody("direct:enter", Map.of("ContactKey", "C-1"));
        template.sendBody("direct:enter", Map.of("ContactKey", "C-2"));

        Exchange result = template.request("direct:confirm", e -> e.getMessage().setBody(List.of("C-1", "C-2")));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-1", "inJourney"), Map.entry("C-2", "inJourney"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT))
                .isEqualTo(2);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.NOT_FOUND_CONTACT_KEYS, List.class))
                .isEmpty();
    }

    @Test
    void aContactThatNeverEnteredIsNotFoundWithWhatThatCanMean() {
        template.sendBody("direct:enter", Map.of("ContactKey", "C-1"));

        Exchange result = template.request("direct:confirm", e -> e.getMessage().setBody(List.of("C-1", "C-never")));

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-1", "inJourney"), Map.entry("C-never", "notFound"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.NOT_FOUND_CONTACT_KEYS, List.class))
                .containsExactly("C-never");
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.NOT_FOUND_MEANING, String.class))
                .contains("never entered")
                .contains("already left");
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT))
                .isEqualTo(1);
    }

    @Test
    void aContactThatFinishedTheJourneyIsNotFound() {
        template.sendBody("direct:enter", Map.of("ContactKey", "C-done"));
        simulator().finishJourney(KEY, "C-done");

        Exchange result = template.request("direct:confirm", e -> e.getMessage().setBody("C-done"));

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-done", "notFound"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT))
                .isEqualTo(0);
    }

    @Test
    void moreThanFiftyContactsAreAskedAboutFiftyToACall() {
        List<Map<String, Object>> contacts = new ArrayList<>();
        // 100 keys in exactly 2 calls: fewer keys a call would take more calls, more than 50 SFMC refuses
        for (int i = 0; i < 100; i++) {
            contacts.add(Map.of("ContactKey", "C-" + i));
        }
        template.sendBody("direct:enter", contacts);

        Exchange result = template.request("direct:confirm", e -> e.getMessage().setBody(contacts));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT))
                .isEqualTo(100);
        assertThat(membershipCalls()).isEqualTo(2);
    }

    @Test
    void aTokenWithoutJourneysReadFailsNamingTheScope() {
        template.sendBody("direct:enter", Map.of("ContactKey", "C-1"));

        Exchange result = template.request(
                "direct:confirmWithoutJourneysRead", e -> e.getMessage().setBody("C-1"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyException.class)
                .hasMessageContaining("journeys_read");
        assertThat(((SfmcJourneyException) result.getException()).getHttpResponseCode())
                .isEqualTo(403);
    }

    @Test
    void aContactWithoutContactKeyFailsWithAValidationExceptionBeforeAnyCall() {
        Exchange result = template.request("direct:confirm", e -> e.getMessage().setBody(Map.of("FirstName", "Ada")));

        assertThat(result.getException())
                .isInstanceOfSatisfying(
                        SfmcJourneyValidationException.class,
                        refused -> assertThat(refused.getMessage()).contains("ContactKey"));
        assertThat(membershipCalls()).isZero();
    }

    @Test
    void withoutPreflightAFoundContactIsOnlyInAJourney() {
        template.sendBody("direct:enter", Map.of("ContactKey", "C-1"));

        Exchange result = template.request(
                "direct:confirmWithoutPreflight", e -> e.getMessage().setBody("C-1"));

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-1", "inAJourney"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT))
                .isEqualTo(0);
    }

    @Test
    void aContactInAnotherJourneyIsNotConfirmedInThisOne() {
        simulator().addJourney(Journey.builder("Other-Event").build());
        try {
            template.sendBody("direct:enter", Map.of("ContactKey", "C-1"));

            Exchange result = template.request(
                    journeyUri("Other-Event", "operation=confirmMembership"),
                    e -> e.getMessage().setBody("C-1"));

            assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                    .containsExactly(Map.entry("C-1", "inAnotherJourney"));
        } finally {
            simulator().removeJourney("Other-Event");
        }
    }

    private long membershipCalls() {
        return simulator().requestLog().stream()
                .filter(r -> r.path().toLowerCase().contains("contactmembership"))
                .count();
    }
}
