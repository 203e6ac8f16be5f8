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

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Journey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * confirmMembership against a journey whose event definition takes the contact key from SubscriberKey: SFMC is asked
 * about the key Journey Builder filed the contact under, and a contact without that value is not reported not found.
 */
class SendableFieldMembershipTest extends SfmcJourneyTestSupport {

    private static final String SUBSCRIBER_EVENT = "Subscriber-Event";

    @BeforeEach
    void journeyKeyedBySubscriberKey() {
        simulator()
                .addJourney(Journey.builder(SUBSCRIBER_EVENT)
                        .field(DataExtensionField.primaryKey("SubscriberKey", 50))
                        .field(DataExtensionField.text("Name", 100))
                        .sendableField("SubscriberKey")
                        .build());
    }

    @AfterEach
    void removeJourney() {
        simulator().removeJourney(SUBSCRIBER_EVENT);
    }

    @Test
    void aContactIsLookedUpByItsSendableFieldValue() {
        // validation=WARN lets a SubscriberKey that differs from the ContactKey through: Journey Builder files it as
        // S-1
        template.sendBody(
                journeyUri(SUBSCRIBER_EVENT, "validation=WARN"), Map.of("ContactKey", "C-1", "SubscriberKey", "S-1"));

        Exchange result = confirm(List.of(Map.of("ContactKey", "C-1", "SubscriberKey", "S-1")));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-1", "inJourney"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.LOOKUP_KEYS, Map.class))
                .containsExactly(Map.entry("C-1", "S-1"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT))
                .isEqualTo(1);
    }

    @Test
    void aContactEnteredWithTheFieldFilledIsLookedUpByItsContactKey() {
        template.sendBody(journeyUri(SUBSCRIBER_EVENT, null), Map.of("ContactKey", "C-2", "Name", "Ada"));

        Exchange result = confirm(List.of(Map.of("ContactKey", "C-2", "Name", "Ada")));

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-2", "inJourney"));
    }

    @Test
    void aBareContactKeyNotFoundIsNotReportedNotFound() {
        template.sendBody(
                journeyUri(SUBSCRIBER_EVENT, "validation=WARN"), Map.of("ContactKey", "C-1", "SubscriberKey", "S-1"));

        Exchange result = confirm("C-1");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("C-1", "journeyContactKeyUnknown"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP_WARNINGS, List.class))
                .singleElement()
                .asString()
                .contains("takes the contact key from Data field 'SubscriberKey'")
                .contains("not finding it says nothing about them: C-1");
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT))
                .isEqualTo(0);
    }

    @Test
    void aBareKeyThatIsTheFiledKeyIsStillConfirmed() {
        template.sendBody(
                journeyUri(SUBSCRIBER_EVENT, "validation=WARN"), Map.of("ContactKey", "C-1", "SubscriberKey", "S-1"));

        Exchange result = confirm("S-1");

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.MEMBERSHIP, Map.class))
                .containsExactly(Map.entry("S-1", "inJourney"));
    }

    private Exchange confirm(Object body) {
        return template.request(
                journeyUri(SUBSCRIBER_EVENT, "operation=confirmMembership"),
                e -> e.getMessage().setBody(body));
    }
}
