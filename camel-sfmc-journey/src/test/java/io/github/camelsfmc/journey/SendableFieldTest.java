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

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event definition schema's sendable field is the Data field Journey Builder populates the contact key from: a
 * missing value is filled from the ContactKey, a differing one would enter someone else and is refused.
 */
class SendableFieldTest extends ScriptedSfmcTestSupport {

    private final ScriptedJourney journey = new ScriptedJourney()
            .version("Welcome", 1, "Published")
            .field("SubscriberKey", "Text", false)
            .field("Name", "Text", true)
            .sendableField("SubscriberKey");

    private Exchange send(String options, Map<String, Object> contact) {
        sfmc.reads(journey);
        return template.request(
                sfmc.journeyUriWithDefaultChecks(options), e -> e.getMessage().setBody(contact));
    }

    @Test
    void aMissingSendableFieldValueIsFilledFromTheContactKey() {
        Exchange result = send(null, Map.of("ContactKey", "C-1", "Name", "Ada"));

        assertThat(result.getException()).isNull();
        assertThat(sfmc.entryBodies()).singleElement().asString().contains("\"SubscriberKey\":\"C-1\"");
    }

    @Test
    void withFillingOffAMissingSendableFieldValueIsRefused() {
        Exchange result = send("fillSendableField=false", Map.of("ContactKey", "C-1", "Name", "Ada"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("Data has no value for 'SubscriberKey'")
                .hasMessageContaining("populates the contact key from");
        assertThat(sfmc.entryRequests()).isEmpty();
    }

    @Test
    void aSendableFieldValueThatDiffersFromTheContactKeyIsRefusedWithHowJourneyBuilderPicksTheContact() {
        Exchange result = send(null, Map.of("ContactKey", "C-1", "SubscriberKey", "C-2"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("Data field 'SubscriberKey' is 'C-2' but the ContactKey is 'C-1'")
                .hasMessageContaining("Journey Builder takes the contact key from 'SubscriberKey'")
                .hasMessageContaining("would enter as 'C-2'");
        assertThat(sfmc.entryRequests()).isEmpty();
    }

    @Test
    void aSendableFieldValueEqualToTheContactKeyIsSentAsItIs() {
        Exchange result = send(null, Map.of("ContactKey", "C-1", "SubscriberKey", "C-1"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS)).isNull();
    }

    @Test
    void aConsumerOnlyEndpointMakesNoPreflightRead() throws Exception {
        sfmc.reads(journey);
        String uri = sfmc.journeyUriWithDefaultChecks("delay=50&preflight=strict");
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:statuses");
            }
        });

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> sfmc.statusRequests().size() >= 2);

        assertThat(sfmc.readRequests()).isEmpty();
    }
}
