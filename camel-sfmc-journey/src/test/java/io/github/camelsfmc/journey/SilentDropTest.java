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
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Drop;
import io.github.camelsfmc.simulator.DropReason;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each way SFMC accepts a contact (2xx) and then drops it: first the drop as it happens with the checks off, then the
 * loud, precise error the component raises instead with its default options.
 */
class SilentDropTest extends SfmcJourneyTestSupport {

    private static final String DROP_KEY = "Drop-Event";
    private static final String CHECKS_OFF = "preflight=off&validation=off";
    private static final String DEFAULTS = "";

    @AfterEach
    void removeJourney() {
        simulator().removeJourney(DROP_KEY);
    }

    @Test
    void aFieldInTheWrongCaseIsDroppedSilentlyWithTheChecksOff() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(CHECKS_OFF, Map.of("ContactKey", "C-1", "firstname", "Ada", "Email", "ada@example.com"));

        assertThat(result.getException()).isNull();
        assertDropped(DropReason.UNKNOWN_FIELD);
    }

    @Test
    void aFieldInTheWrongCaseIsRejectedWithTheRightNameByDefault() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(DEFAULTS, Map.of("ContactKey", "C-1", "firstname", "Ada", "Email", "ada@example.com"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("Data field 'firstname'")
                .hasMessageContaining("did you mean 'FirstName'?");
        assertNothingReachedSfmc();
    }

    @Test
    void theFirstContactIsValidatedEvenWhilePreflightIsStillRunning() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);
        // preflight's reads take a while, so the first contact arrives before it has finished
        simulator().faults().faultAllRestEndpoints(true).latencyMillis(300);

        Exchange result = send(DEFAULTS, Map.of("ContactKey", "C-0", "firstname", "Ada", "Email", "ada@example.com"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("did you mean 'FirstName'?");
        assertNothingReachedSfmc();
    }

    @Test
    void anUnknownFieldIsDroppedSilentlyWithTheChecksOff() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        send(CHECKS_OFF, Map.of("ContactKey", "C-2", "Nickname", "Bob", "Email", "bob@example.com"));

        assertDropped(DropReason.UNKNOWN_FIELD);
    }

    @Test
    void anUnknownFieldIsRejectedNamingTheDataExtensionFieldsByDefault() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(DEFAULTS, Map.of("ContactKey", "C-2", "Nickname", "Bob", "Email", "bob@example.com"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("Data field 'Nickname' is not in data extension")
                .hasMessageContaining("[ContactKey, FirstName, Email, Age]");
        assertNothingReachedSfmc();
    }

    @Test
    void aMissingRequiredFieldIsDroppedSilentlyWithTheChecksOff() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        send(CHECKS_OFF, Map.of("ContactKey", "C-3", "FirstName", "Cy"));

        assertDropped(DropReason.MISSING_REQUIRED_FIELD);
    }

    @Test
    void aMissingRequiredFieldIsRejectedByDefault() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(DEFAULTS, Map.of("ContactKey", "C-3", "FirstName", "Cy"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("Required field 'Email'")
                .hasMessageContaining("is missing");
        assertNothingReachedSfmc();
    }

    @Test
    void aValueThatDoesNotFitTheFieldTypeIsDroppedSilentlyWithTheChecksOff() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        send(CHECKS_OFF, Map.of("ContactKey", "C-4", "Email", "dee@example.com", "Age", "forty"));

        assertDropped(DropReason.INVALID_VALUE);
    }

    @Test
    void aValueThatDoesNotFitTheFieldTypeIsRejectedByDefault() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(DEFAULTS, Map.of("ContactKey", "C-4", "Email", "dee@example.com", "Age", "forty"));

        assertThat(result.getException()).hasMessageContaining("Data field 'Age' is a Number field but got 'forty'");
        assertNothingReachedSfmc();
    }

    @Test
    void aTooLongTextIsRejectedByDefault() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result =
                send(DEFAULTS, Map.of("ContactKey", "C-5", "Email", "e@example.com", "FirstName", "x".repeat(21)));

        assertThat(result.getException())
                .hasMessageContaining("Data field 'FirstName' is 21 characters long")
                .hasMessageContaining("at most 20");
    }

    @Test
    void aPausedJourneyDropsContactsSilentlyWithTheChecksOff() {
        journey(JourneyStatus.PAUSED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(CHECKS_OFF, validContact("C-6"));

        assertThat(result.getException()).isNull();
        assertDropped(DropReason.JOURNEY_NOT_RUNNING);
    }

    @Test
    void aPausedJourneyStopsTheRouteFromStartingWithStrictPreflight() {
        journey(JourneyStatus.PAUSED, EntryMode.MULTIPLE_ENTRIES);

        assertThatThrownBy(() -> startRouteTo("preflight=strict"))
                .rootCause()
                .hasMessageContaining("Journey 'Drop journey' (version 1) using 'Drop-Event' is Paused")
                .hasMessageContaining("Resume it in Journey Builder");
    }

    @Test
    void aPausedJourneyFailsEachContactByDefaultSayingSfmcDropsIt() {
        journey(JourneyStatus.PAUSED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(DEFAULTS, validContact("C-7"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("Contact 'C-7' cannot enter now")
                .hasMessageContaining("is Paused")
                .hasMessageContaining("drops contacts that enter a paused journey unless it was paused with queueing")
                .hasMessageContaining("validation=warn");
        assertThat(result.getException(SfmcJourneyException.class).getUndeliveredContacts())
                .containsExactly(validContact("C-7"));
        assertNothingReachedSfmc();
    }

    @Test
    void aPausedJourneyGetsTheContactInWarnModeWithThePauseInTheWarningsHeader() {
        journey(JourneyStatus.PAUSED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send("validation=warn", validContact("C-7"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS, List.class))
                .singleElement()
                .asString()
                .contains("is Paused");
        assertThat(simulator().stats().entryRequests()).isEqualTo(1);
    }

    @Test
    void aPausedJourneyGetsABatchInWarnModeWithThePauseInTheWarningsHeader() {
        journey(JourneyStatus.PAUSED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send("validation=warn", List.of(validContact("W-1"), validContact("W-2")));

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS, List.class))
                .hasSize(2)
                .allSatisfy(w -> assertThat(w.toString()).contains("is Paused"));
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.QUEUED_COUNT))
                .isEqualTo(2);
    }

    @Test
    void aDraftJourneyFailsEachContactByDefault() {
        journey(JourneyStatus.DRAFT, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(DEFAULTS, validContact("C-8"));

        assertThat(result.getException())
                .hasMessageContaining("Contact 'C-8' cannot enter now")
                .hasMessageContaining("is Draft");
        assertNothingReachedSfmc();
    }

    @Test
    void aStoppedJourneySendsABatchWithAWarningWhileSfmcMayStillAdmitContacts() {
        // Journey Builder: in Stopped, "contacts may still be able to enter for up to 10 minutes"; this endpoint has
        // only just seen it stopped (JourneyVersionsTest covers the refusal once the 10 minutes are known to be over)
        journey(JourneyStatus.STOPPED, EntryMode.MULTIPLE_ENTRIES);
        List<Map<String, Object>> contacts = List.of(validContact("S-1"), validContact("S-2"));

        Exchange result = send(DEFAULTS, contacts);

        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS, List.class))
                .hasSize(2)
                .allSatisfy(w -> assertThat(w.toString()).contains("is Stopped").contains("up to 10 minutes"));
        assertThat(simulator().stats().entryRequests()).isEqualTo(1);
    }

    @Test
    void aContactKeyLongerThanTheKeyFieldIsDroppedSilentlyWithTheChecksOff() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(CHECKS_OFF, Map.of("ContactKey", "K".repeat(51), "Email", "k@example.com"));

        assertThat(result.getException()).isNull();
        assertDropped(DropReason.CONTACT_KEY_TOO_LONG);
    }

    @Test
    void aMemberSfmcRefusesInItsBatchAnswerIsRejectedWithSfmcsErrorcode() {
        simulator()
                .addJourney(Journey.builder(DROP_KEY)
                        .name("Refusing journey")
                        .status(JourneyStatus.PUBLISHED)
                        .rejectUnknownFields(true)
                        .field(DataExtensionField.primaryKey("ContactKey", 50))
                        .field(DataExtensionField.text("FirstName", 20))
                        .build());
        Map<String, Object> refused = Map.of("ContactKey", "M-2", "Nickname", "Bob");

        Exchange result = send(CHECKS_OFF, List.of(Map.of("ContactKey", "M-1", "FirstName", "Ada"), refused));

        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(batch.getQueued())
                .extracting(BatchEntryResult.QueuedContact::contactKey)
                .containsExactly("M-1");
        assertThat(batch.getRejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.contactKey()).isEqualTo("M-2");
            assertThat(rejected.errorCode()).isEqualTo("10001");
            assertThat(rejected.message()).contains("Nickname");
        });
        assertThat(result.getException(SfmcJourneyException.class).getUndeliveredContacts())
                .containsExactly(refused);
        assertThat(simulator().entered(DROP_KEY))
                .extracting(e -> e.contactKey())
                .containsExactly("M-1");
    }

    @Test
    void aContactKeyLongerThanTheKeyFieldIsRejectedByDefault() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);
        String longKey = "K".repeat(300);

        Exchange result = send(DEFAULTS, Map.of("ContactKey", longKey, "Email", "k@example.com"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("ContactKey is 300 characters long")
                .hasMessageContaining("SFMC takes at most 254");
        assertNothingReachedSfmc();
    }

    @Test
    void aContactKeyWithinSfmcsLimitButLongerThanTheKeyFieldIsRejectedByDefault() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(DEFAULTS, Map.of("ContactKey", "K".repeat(51), "Email", "k@example.com"));

        assertThat(result.getException())
                // the ContactKey is also filled into Data (the sendable field), whose length check names it first
                .hasMessageContaining("ContactKey' is 51 characters long")
                .hasMessageContaining("holds at most 50");
        assertNothingReachedSfmc();
    }

    @Test
    void aDraftJourneyDropsContactsSilentlyWithTheChecksOff() {
        journey(JourneyStatus.DRAFT, EntryMode.MULTIPLE_ENTRIES);

        send(CHECKS_OFF, validContact("C-8"));

        assertDropped(DropReason.JOURNEY_NOT_RUNNING);
    }

    @Test
    void aDraftJourneyStopsTheRouteFromStartingWithStrictPreflight() {
        journey(JourneyStatus.DRAFT, EntryMode.MULTIPLE_ENTRIES);

        assertThatThrownBy(() -> startRouteTo("preflight=strict"))
                .rootCause()
                .hasMessageContaining("is Draft")
                .hasMessageContaining("activate it in Journey Builder");
    }

    @Test
    void anUnknownKeyStopsTheRouteFromStartingWithStrictPreflight() {
        assertThatThrownBy(() -> startRouteTo("preflight=strict"))
                .rootCause()
                .hasMessageContaining("SFMC does not know event definition key 'Drop-Event'")
                .hasMessageContaining("Entry Sources");
    }

    @Test
    void aRepeatedContactIsDroppedSilentlyByAJourneyWithoutReentry() {
        journey(JourneyStatus.PUBLISHED, EntryMode.ONCE_AND_DONE);

        send(CHECKS_OFF, validContact("C-9"));
        Exchange second = send(CHECKS_OFF, validContact("C-9"));

        assertThat(second.getException()).isNull();
        assertDropped(DropReason.REENTRY_NOT_ALLOWED, 1);
    }

    @Test
    void aRepeatedContactIsRejectedByDefaultWhenTheJourneyForbidsReentry() {
        journey(JourneyStatus.PUBLISHED, EntryMode.ONCE_AND_DONE);

        send(DEFAULTS, validContact("C-9"));
        Exchange second = send(DEFAULTS, validContact("C-9"));

        assertThat(second.getException())
                .hasMessageContaining("Contact 'C-9' was already entered by this endpoint")
                .hasMessageContaining("entryMode OnceAndDone");
        assertThat(simulator().entryCount(DROP_KEY)).isEqualTo(1);
        assertThat(simulator().dropped(DROP_KEY)).isEmpty();
    }

    @Test
    void inWarnModeTheContactIsSentAndTheFindingIsInAHeader() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);

        Exchange result = send(
                "preflight=warn&validation=warn",
                Map.of("ContactKey", "C-10", "firstname", "Ada", "Email", "ada@example.com"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS, List.class))
                .singleElement()
                .asString()
                .contains("did you mean 'FirstName'?");
        assertDropped(DropReason.UNKNOWN_FIELD);
    }

    @Test
    void inABatchOnlyTheBadMembersAreRejectedAndTheOthersEnter() {
        journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);
        Map<String, Object> bad = Map.of("ContactKey", "B-2", "Email", "not-an-email");

        Exchange result = send(DEFAULTS, List.of(validContact("B-1"), bad, validContact("B-3")));

        assertThat(simulator().entered(DROP_KEY))
                .extracting(e -> e.contactKey())
                .containsExactly("B-1", "B-3");
        SfmcJourneyException error = result.getException(SfmcJourneyException.class);
        assertThat(error.getUndeliveredContacts()).containsExactly(bad);
        assertThat(error.getMessage()).contains("Data field 'Email' is an EmailAddress field but got 'not-an-email'");
        assertThat(simulator().dropped(DROP_KEY)).isEmpty();
    }

    @Test
    void aFieldAddedInMarketingCloudWhileTheVersionRunsIsReportedAsUnseenByTheRunningJourney() {
        // "The running journey doesn't detect those fields added after activation": the live data extension has the
        // field, the running version's snapshot does not
        Journey journey = journey(JourneyStatus.PUBLISHED, EntryMode.MULTIPLE_ENTRIES);
        String uri = journeyUri(DROP_KEY, "schemaRefreshInterval=1");
        assertThat(template.request(uri, e -> e.getMessage().setBody(withNickname("N-1")))
                        .getException())
                .hasMessageContaining("'Nickname' is not in data extension");

        List<DataExtensionField> fields = new java.util.ArrayList<>(journey.fields());
        fields.add(DataExtensionField.text("Nickname", 20));
        simulator().journey(DROP_KEY).fields(fields);

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                template.request(uri, e -> e.getMessage().setBody(withNickname("N-2")))
                                        .getException())
                        .isInstanceOf(SfmcJourneyValidationException.class)
                        .hasMessageContaining(
                                "Data field 'Nickname' was added to the entry data extension after journey")
                        .hasMessageContaining("Publish a new version"));
        assertThat(simulator().entered(DROP_KEY)).isEmpty();
    }

    private static Map<String, Object> withNickname(String key) {
        return Map.of("ContactKey", key, "Email", "n@example.com", "Nickname", "Nick");
    }

    private Journey journey(JourneyStatus status, EntryMode entryMode) {
        return simulator()
                .addJourney(Journey.builder(DROP_KEY)
                        .name("Drop journey")
                        .status(status)
                        .entryMode(entryMode)
                        .field(DataExtensionField.primaryKey("ContactKey", 50))
                        .field(DataExtensionField.text("FirstName", 20))
                        .field(DataExtensionField.email("Email").required())
                        .field(DataExtensionField.number("Age"))
                        .build());
    }

    private static Map<String, Object> validContact(String key) {
        return Map.of("ContactKey", key, "FirstName", "Ada", "Email", "ada@example.com", "Age", 36);
    }

    private Exchange send(String options, Object body) {
        return template.request(
                journeyUri(DROP_KEY, options), e -> e.getMessage().setBody(body));
    }

    private void startRouteTo(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:strict").to(journeyUri(DROP_KEY, options));
            }
        });
    }

    /** The last contact sent was accepted and dropped, not entered: only {@code enteredBefore} contacts entered. */
    private void assertDropped(DropReason reason, int enteredBefore) {
        assertThat(simulator().entered(DROP_KEY)).hasSize(enteredBefore);
        assertThat(simulator().dropped(DROP_KEY)).extracting(Drop::reason).containsExactly(reason);
    }

    private void assertDropped(DropReason reason) {
        assertDropped(reason, 0);
    }

    private void assertNothingReachedSfmc() {
        assertThat(simulator().stats().entryRequests()).isZero();
    }
}
