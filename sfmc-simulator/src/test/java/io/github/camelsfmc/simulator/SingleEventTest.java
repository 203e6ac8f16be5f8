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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.Http.Response;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;

class SingleEventTest {
    static final String KEY = "Welcome-Event";

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.of(SfmcSimulator.builder()
            .client("sim-client", "sim-secret")
            .journey(Journey.builder(KEY)
                    .name("Welcome journey")
                    .status(JourneyStatus.PUBLISHED)
                    .entryMode(EntryMode.MULTIPLE_ENTRIES)
                    .field(DataExtensionField.primaryKey("ContactKey", 50))
                    .field(DataExtensionField.text("FirstName", 10))
                    .field(DataExtensionField.text("Email", 254)
                            .type(FieldType.EMAIL_ADDRESS)
                            .required())
                    .field(DataExtensionField.number("Age"))
                    .field(DataExtensionField.of("Birthday", FieldType.DATE))
                    .field(DataExtensionField.of("OptIn", FieldType.BOOLEAN))
                    .field(DataExtensionField.of("Balance", FieldType.DECIMAL))
                    .build())
            .journey(Journey.builder("Once-Event")
                    .entryMode(EntryMode.ONCE_AND_DONE)
                    .field(DataExtensionField.primaryKey("ContactKey", 50))
                    .build())
            .journey(Journey.builder("Single-Event")
                    .entryMode(EntryMode.SINGLE_ENTRY_ACROSS_ALL_VERSIONS)
                    .field(DataExtensionField.primaryKey("ContactKey", 50))
                    .build())
            .journey(Journey.builder("Known-Event")
                    .knownContactsOnly("known-1", "known-2")
                    .field(DataExtensionField.primaryKey("ContactKey", 50))
                    .build())
            .journey(Journey.builder("Strict-Event")
                    .rejectUnknownFields(true)
                    .field(DataExtensionField.primaryKey("ContactKey", 50))
                    .field(DataExtensionField.text("FirstName", 100))
                    .build()));

    private String token;

    @BeforeEach
    void token() {
        token = Http.token(sim.baseUrl());
    }

    private Response send(String contactKey, Map<String, Object> data) {
        return Http.event(sim.baseUrl(), token, KEY, contactKey, data);
    }

    private static Map<String, Object> valid() {
        return map("FirstName", "Ada", "Email", "ada@example.com", "Age", 36, "Birthday", "1990-12-10");
    }

    private Drop onlyDrop(String key) {
        assertThat(sim.simulator().entered(key)).isEmpty();
        assertThat(sim.simulator().dropped(key)).hasSize(1);
        return sim.simulator().dropped(key).get(0);
    }

    @Test
    void validEventGives201WithEventInstanceIdAndRecordsTheEntry() {
        Response r = send("c-1", valid());

        assertThat(r.status()).isEqualTo(201);
        String id = r.body().get("eventInstanceId").asText();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(sim.simulator().entered(KEY)).singleElement().satisfies(e -> {
            assertThat(e.contactKey()).isEqualTo("c-1");
            assertThat(e.eventInstanceId()).isEqualTo(id);
            assertThat(e.data()).containsEntry("FirstName", "Ada").containsEntry("Age", 36);
            assertThat(e.via()).isEqualTo(EntryChannel.SINGLE);
            assertThat(e.requestId()).isNull();
        });
        assertThat(sim.simulator().entryCount(KEY)).isEqualTo(1);
        assertThat(sim.simulator().stats().singleEventRequests()).isEqualTo(1);
    }

    @Test
    void propertyNamesAreMatchedCaseInsensitively() {
        Response r = Http.post(
                sim.baseUrl() + "/interaction/v1/events",
                map("contactKey", "c-camel", "eventDefinitionKey", KEY, "data", valid()),
                token);

        assertThat(r.status()).isEqualTo(201);
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("c-camel");
    }

    @Test
    void charsetInContentTypeIsAccepted() {
        Response r = Http.send(
                "POST",
                sim.baseUrl() + "/interaction/v1/events",
                "application/json; charset=UTF-8",
                Http.json(map("ContactKey", "c-ü", "EventDefinitionKey", KEY, "Data", map("Email", "ü@example.com"))),
                token);

        assertThat(r.status()).isEqualTo(201);
        assertThat(sim.simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("c-ü");
    }

    @Test
    void missingContactKeyGives400Errorcode10002NamingTheField() {
        Response r = Http.post(
                sim.baseUrl() + "/interaction/v1/events", map("EventDefinitionKey", KEY, "Data", valid()), token);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(10002);
        assertThat(r.body().get("message").asText()).contains("ContactKey");
    }

    @Test
    void missingEventDefinitionKeyGives400Errorcode10002() {
        Response r = Http.post(sim.baseUrl() + "/interaction/v1/events", map("ContactKey", "c-1"), token);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(10002);
        assertThat(r.body().get("message").asText()).contains("EventDefinitionKey");
    }

    @Test
    void unknownEventDefinitionKeyGives400Errorcode30000NamingTheKey() {
        Response r = Http.event(sim.baseUrl(), token, "No-Such-Event", "c-1", null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(30000);
        assertThat(r.body().get("message").asText()).contains("No-Such-Event");
    }

    @Test
    void malformedJsonGives400Errorcode10004() {
        Response r = Http.send(
                "POST",
                sim.baseUrl() + "/interaction/v1/events",
                "application/json",
                "{\"ContactKey\": \"c-1\"",
                token);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(10004);
    }

    @Test
    void draftJourneySilentlyDropsWithJourneyNotRunning() {
        sim.simulator().journey(KEY).status(JourneyStatus.DRAFT);

        assertThat(send("c-1", valid()).status()).isEqualTo(201);

        Drop d = onlyDrop(KEY);
        assertThat(d.reason()).isEqualTo(DropReason.JOURNEY_NOT_RUNNING);
        assertThat(d.detail()).contains("Draft");
    }

    @Test
    void aContactKeyLongerThanThePrimaryKeyFieldItFillsIsAcceptedAndDropped() {
        assertThat(send("K".repeat(51), valid()).status()).isEqualTo(201);

        Drop d = onlyDrop(KEY);
        assertThat(d.reason()).isEqualTo(DropReason.CONTACT_KEY_TOO_LONG);
        assertThat(d.detail()).contains("51 characters").contains("'ContactKey' holds 50");
    }

    @Test
    void aContactKeyLongerThanSfmcTakesIsAcceptedAndDropped() {
        assertThat(Http.event(sim.baseUrl(), token, "Strict-Event", "K".repeat(255), map())
                        .status())
                .isEqualTo(201);

        Drop d = onlyDrop("Strict-Event");
        assertThat(d.reason()).isEqualTo(DropReason.CONTACT_KEY_TOO_LONG);
        assertThat(d.detail()).contains("SFMC takes at most 254");
    }

    @Test
    void aDecimalIsRecordedWithAllItsDigits() {
        Map<String, Object> data = valid();
        data.put("Balance", new BigDecimal("12345678901234567.10"));

        assertThat(send("c-dec", data).status()).isEqualTo(201);

        assertThat(sim.simulator().entered(KEY).get(0).data().get("Balance"))
                .isEqualTo(new BigDecimal("12345678901234567.10"));
    }

    @Test
    void pausedJourneySilentlyDropsWithJourneyNotRunning() {
        sim.simulator().journey(KEY).status(JourneyStatus.PAUSED);

        assertThat(send("c-1", valid()).status()).isEqualTo(201);

        assertThat(onlyDrop(KEY).reason()).isEqualTo(DropReason.JOURNEY_NOT_RUNNING);
    }

    @Test
    void stoppedJourneySilentlyDropsWithJourneyNotRunningOnceItsGraceHasPassed() {
        sim.simulator().journey(KEY).finishingGrace(Duration.ZERO).status(JourneyStatus.STOPPED);

        assertThat(send("c-1", valid()).status()).isEqualTo(201);

        assertThat(onlyDrop(KEY).reason()).isEqualTo(DropReason.JOURNEY_NOT_RUNNING);
    }

    @Test
    void journeyStatusIsRestoredBeforeEachTest() {
        assertThat(sim.simulator().journey(KEY).status()).isEqualTo(JourneyStatus.PUBLISHED);
    }

    @Test
    void onceAndDoneDropsTheSecondSendOfTheSameContact() {
        assertThat(Http.event(sim.baseUrl(), token, "Once-Event", "c-1", null).status())
                .isEqualTo(201);
        assertThat(Http.event(sim.baseUrl(), token, "Once-Event", "c-1", null).status())
                .isEqualTo(201);
        assertThat(Http.event(sim.baseUrl(), token, "Once-Event", "c-2", null).status())
                .isEqualTo(201);

        assertThat(sim.simulator().entered("Once-Event"))
                .extracting(Entry::contactKey)
                .containsExactly("c-1", "c-2");
        assertThat(sim.simulator().dropped("Once-Event")).singleElement().satisfies(d -> {
            assertThat(d.contactKey()).isEqualTo("c-1");
            assertThat(d.reason()).isEqualTo(DropReason.REENTRY_NOT_ALLOWED);
        });
    }

    @Test
    void singleEntryAcrossAllVersionsDropsReentry() {
        Http.event(sim.baseUrl(), token, "Single-Event", "c-1", null);
        Http.event(sim.baseUrl(), token, "Single-Event", "c-1", null);

        assertThat(sim.simulator().dropped("Single-Event"))
                .extracting(Drop::reason)
                .containsExactly(DropReason.REENTRY_NOT_ALLOWED);
    }

    @Test
    void multipleEntriesAdmitsTheSameContactAgain() {
        send("c-1", valid());
        send("c-1", valid());

        assertThat(sim.simulator().entryCount(KEY)).isEqualTo(2);
        assertThat(sim.simulator().dropped(KEY)).isEmpty();
    }

    @Test
    void unknownDataFieldSilentlyDropsWithUnknownField() {
        Map<String, Object> data = valid();
        data.put("Nickname", "A");

        assertThat(send("c-1", data).status()).isEqualTo(201);

        Drop d = onlyDrop(KEY);
        assertThat(d.reason()).isEqualTo(DropReason.UNKNOWN_FIELD);
        assertThat(d.detail()).contains("Nickname");
    }

    @Test
    void fieldNameDifferingOnlyByCaseSilentlyDropsWithUnknownField() {
        Map<String, Object> data = map("firstname", "Ada", "Email", "ada@example.com");

        assertThat(send("c-1", data).status()).isEqualTo(201);

        Drop d = onlyDrop(KEY);
        assertThat(d.reason()).isEqualTo(DropReason.UNKNOWN_FIELD);
        assertThat(d.detail()).contains("'firstname'").contains("'FirstName'");
    }

    @Test
    void missingRequiredFieldSilentlyDropsWithMissingRequiredField() {
        assertThat(send("c-1", map("FirstName", "Ada")).status()).isEqualTo(201);

        Drop d = onlyDrop(KEY);
        assertThat(d.reason()).isEqualTo(DropReason.MISSING_REQUIRED_FIELD);
        assertThat(d.detail()).contains("Email");
    }

    @Test
    void nullRequiredFieldSilentlyDropsWithMissingRequiredField() {
        assertThat(send("c-1", map("Email", null)).status()).isEqualTo(201);

        assertThat(onlyDrop(KEY).reason()).isEqualTo(DropReason.MISSING_REQUIRED_FIELD);
    }

    @Test
    void primaryKeyAbsentFromDataIsFilledFromContactKey() {
        assertThat(send("c-1", map("Email", "a@b.c")).status()).isEqualTo(201);

        assertThat(sim.simulator().entered(KEY)).hasSize(1);
    }

    @Test
    void nonNumberInNumberFieldSilentlyDropsWithInvalidValue() {
        assertThat(send("c-1", map("Email", "a@b.c", "Age", "thirty")).status()).isEqualTo(201);

        Drop d = onlyDrop(KEY);
        assertThat(d.reason()).isEqualTo(DropReason.INVALID_VALUE);
        assertThat(d.detail()).contains("Age").contains("thirty");
    }

    @Test
    void emailWithoutAtSilentlyDropsWithInvalidValue() {
        assertThat(send("c-1", map("Email", "ada.example.com")).status()).isEqualTo(201);

        Drop d = onlyDrop(KEY);
        assertThat(d.reason()).isEqualTo(DropReason.INVALID_VALUE);
        assertThat(d.detail()).contains("Email");
    }

    @Test
    void textLongerThanItsLengthSilentlyDropsWithInvalidValue() {
        assertThat(send("c-1", map("Email", "a@b.c", "FirstName", "Bartholomew-Alexander"))
                        .status())
                .isEqualTo(201);

        Drop d = onlyDrop(KEY);
        assertThat(d.reason()).isEqualTo(DropReason.INVALID_VALUE);
        assertThat(d.detail()).contains("FirstName").contains("10");
    }

    @Test
    void nonIsoDateSilentlyDropsWithInvalidValue() {
        assertThat(send("c-1", map("Email", "a@b.c", "Birthday", "12/10/1990")).status())
                .isEqualTo(201);

        assertThat(onlyDrop(KEY).reason()).isEqualTo(DropReason.INVALID_VALUE);
    }

    @Test
    void nonBooleanInBooleanFieldSilentlyDropsWithInvalidValue() {
        assertThat(send("c-1", map("Email", "a@b.c", "OptIn", "yes please")).status())
                .isEqualTo(201);

        assertThat(onlyDrop(KEY).reason()).isEqualTo(DropReason.INVALID_VALUE);
    }

    @Test
    void unknownContactOnKnownContactsOnlyJourneySilentlyDropsWithUnknownContact() {
        Http.event(sim.baseUrl(), token, "Known-Event", "known-1", null);
        Http.event(sim.baseUrl(), token, "Known-Event", "stranger", null);

        assertThat(sim.simulator().entered("Known-Event"))
                .extracting(Entry::contactKey)
                .containsExactly("known-1");
        assertThat(sim.simulator().dropped("Known-Event")).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo(DropReason.UNKNOWN_CONTACT);
            assertThat(d.contactKey()).isEqualTo("stranger");
        });
    }

    @Test
    void rejectUnknownFieldsAnswers400Errorcode10001NamingTheField() {
        Response r = Http.event(sim.baseUrl(), token, "Strict-Event", "c-1", map("Nickname", "A"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errorcode").asInt()).isEqualTo(10001);
        assertThat(r.body().get("message").asText()).contains("Nickname");
        assertThat(sim.simulator().entered("Strict-Event")).isEmpty();
        assertThat(sim.simulator().dropped("Strict-Event")).isEmpty();
    }

    @Test
    void rejectUnknownFieldsCanBeSwitchedOnAtRuntime() {
        sim.simulator().journey(KEY).rejectUnknownFields(true);

        assertThat(send("c-1", map("Email", "a@b.c", "firstname", "x")).status())
                .isEqualTo(400);
    }
}
