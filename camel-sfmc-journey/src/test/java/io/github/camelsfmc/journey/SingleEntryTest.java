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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.model.EntryEvent;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.EntryChannel;
import io.github.camelsfmc.simulator.FieldType;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

import static org.assertj.core.api.Assertions.assertThat;

class SingleEntryTest extends SfmcJourneyTestSupport {

    @Test
    void aMapBodyEntersTheJourneyWithItsOtherFieldsAsData() {
        Exchange result = template.request(
                journeyUri(), e -> e.getMessage().setBody(Map.of("ContactKey", "C-1", "FirstName", "Ada", "Age", 36)));

        assertThat(result.getException()).isNull();
        List<Entry> entered = simulator().entered(KEY);
        assertThat(entered).hasSize(1);
        assertThat(entered.get(0).contactKey()).isEqualTo("C-1");
        assertThat(entered.get(0).data())
                .containsOnly(Map.entry("FirstName", "Ada"), Map.entry("Age", 36), Map.entry("ContactKey", "C-1"));
        assertThat(entered.get(0).via()).isEqualTo(EntryChannel.SINGLE);
    }

    @Test
    void theEventInstanceIdSfmcQueuedTheEventUnderIsInAHeader() {
        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(Map.of("ContactKey", "C-2")));

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, String.class))
                .isEqualTo(simulator().entered(KEY).get(0).eventInstanceId());
    }

    @Test
    void theBodyIsLeftAsTheRouteSentIt() {
        Map<String, Object> body = Map.of("ContactKey", "C-3", "FirstName", "Grace");

        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(body));

        assertThat(result.getMessage().getBody()).isSameAs(body);
    }

    @Test
    void aJsonStringBodyIsEntered() {
        template.sendBody(journeyUri(), "{\"ContactKey\":\"C-4\",\"LastName\":\"Lovelace\"}");

        assertThat(simulator().entered(KEY))
                .singleElement()
                .satisfies(e -> assertThat(e.data())
                        .containsOnly(Map.entry("LastName", "Lovelace"), Map.entry("ContactKey", "C-4")));
    }

    @Test
    void aJsonNodeBodyIsEntered() throws Exception {
        template.sendBody(journeyUri(), new ObjectMapper().readTree("{\"ContactKey\":\"C-5\",\"Age\":41}"));

        assertThat(simulator().entered(KEY))
                .singleElement()
                .satisfies(e -> assertThat(e.contactKey()).isEqualTo("C-5"));
    }

    @Test
    void aPojoBodyIsEntered() {
        template.sendBody(journeyUri(), new Customer("C-6", "Alan", "Turing"));

        assertThat(simulator().entered(KEY)).singleElement().satisfies(e -> {
            assertThat(e.contactKey()).isEqualTo("C-6");
            assertThat(e.data())
                    .containsOnly(
                            Map.entry("FirstName", "Alan"),
                            Map.entry("LastName", "Turing"),
                            Map.entry("ContactKey", "C-6"));
        });
    }

    @Test
    void anEntryEventBodyStatesItsContactKeyExplicitly() {
        template.sendBody(journeyUri(), EntryEvent.of("C-7").with("FirstName", "Barbara"));

        assertThat(simulator().entered(KEY)).singleElement().satisfies(e -> {
            assertThat(e.contactKey()).isEqualTo("C-7");
            assertThat(e.data()).containsOnly(Map.entry("FirstName", "Barbara"), Map.entry("ContactKey", "C-7"));
        });
    }

    @Test
    void aJsonByteArrayBodyIsReadAsJson() {
        template.sendBody(journeyUri(), "{\"ContactKey\":\"C-8\"}".getBytes());

        assertThat(simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("C-8");
    }

    @Test
    void theContactKeyHeaderWinsOverTheBody() {
        template.sendBodyAndHeader(
                journeyUri(),
                Map.of("ContactKey", "from-body", "FirstName", "Edsger"),
                SfmcJourneyConstants.CONTACT_KEY,
                "from-header");

        assertThat(simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("from-header");
    }

    @Test
    void contactKeyFieldNamesTheBodyFieldThatHoldsTheKey() {
        template.sendBody(
                journeyUri(KEY, "contactKeyField=customerId"), Map.of("customerId", 4711, "FirstName", "Niklaus"));

        assertThat(simulator().entered(KEY)).singleElement().satisfies(e -> {
            assertThat(e.contactKey()).isEqualTo("4711");
            assertThat(e.data()).containsOnly(Map.entry("FirstName", "Niklaus"), Map.entry("ContactKey", "4711"));
        });
    }

    @Test
    void theContactKeyFieldIsMatchedIgnoringCaseWhenNoExactMatchExists() {
        template.sendBody(journeyUri(), Map.of("contactkey", "C-9"));

        assertThat(simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("C-9");
    }

    @Test
    void contactKeyInDataAlsoSendsTheKeyAsADataField() {
        template.sendBody(journeyUri(KEY, "contactKeyInData=true"), Map.of("ContactKey", "C-10"));

        assertThat(simulator().entered(KEY))
                .singleElement()
                .satisfies(e -> assertThat(e.data()).containsOnly(Map.entry("ContactKey", "C-10")));
    }

    @Test
    void theEventDefinitionKeyHeaderSendsTheMessageToAnotherJourney() {
        simulator()
                .addJourney(Journey.builder("Other-Event")
                        .field(DataExtensionField.text("FirstName", 50))
                        .build());

        template.sendBodyAndHeader(
                journeyUri(), Map.of("ContactKey", "C-11"), SfmcJourneyConstants.EVENT_DEFINITION_KEY, "Other-Event");

        assertThat(simulator().entered("Other-Event"))
                .extracting(Entry::contactKey)
                .containsExactly("C-11");
        assertThat(simulator().entered(KEY)).isEmpty();
        simulator().removeJourney("Other-Event");
    }

    @Test
    void javaTimeValuesAreSentAsIsoDates() {
        simulator()
                .addJourney(Journey.builder("Birthday-Event")
                        .status(JourneyStatus.PUBLISHED)
                        .field(DataExtensionField.of("Birthday", FieldType.DATE))
                        .build());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ContactKey", "C-12");
        body.put("Birthday", LocalDate.of(1815, 12, 10));

        template.sendBody(journeyUri("Birthday-Event", null), body);

        assertThat(simulator().entered("Birthday-Event"))
                .singleElement()
                .satisfies(e -> assertThat(e.data()).containsEntry("Birthday", "1815-12-10"));
        simulator().removeJourney("Birthday-Event");
    }

    public record Customer(String ContactKey, String FirstName, String LastName) {}
}
