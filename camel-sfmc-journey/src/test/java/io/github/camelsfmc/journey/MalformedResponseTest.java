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
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.camelsfmc.journey.ScriptedSfmc.Answer;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer SFMC should not give (an HTML page from a gateway, truncated JSON, an empty success) fails the exchange
 * with a clear SfmcJourneyException naming the contacts, never with a NullPointerException or a silent success.
 */
class MalformedResponseTest extends ScriptedSfmcTestSupport {

    private static final String HTML =
            "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>";

    static Stream<Arguments> successesWithoutAUsableBody() {
        return Stream.of(
                Arguments.of("an HTML page with 200", Answer.html(200, HTML)),
                Arguments.of("truncated JSON with 201", Answer.json(201, "{\"eventInstanceId\":\"3f1c")),
                Arguments.of("an empty 202", Answer.json(202, "")),
                Arguments.of("an empty 200", Answer.json(200, "")),
                Arguments.of("JSON null with 200", Answer.json(200, "null")),
                Arguments.of("a JSON array with 201", Answer.json(201, "[1,2]")));
    }

    static Stream<Arguments> errorsWithoutJson() {
        return Stream.of(
                Arguments.of("an HTML 502 from a gateway", Answer.html(502, HTML), 502),
                Arguments.of("an HTML 500", Answer.html(500, HTML), 500),
                Arguments.of("truncated JSON with 400", Answer.json(400, "{\"message\":\"Invalid"), 400),
                Arguments.of("an empty 503", Answer.json(503, ""), 503));
    }

    @ParameterizedTest(name = "single: {0}")
    @MethodSource("successesWithoutAUsableBody")
    void aSingleEntryAnsweredWithoutAnEventInstanceIdHasAnUnknownOutcome(String description, Answer answer) {
        sfmc.then(answer);
        Map<String, Object> contact = Map.of("ContactKey", "C-1");

        Exchange result = template.request(
                sfmc.journeyUri("maximumRetries=0"), e -> e.getMessage().setBody(contact));

        assertThat(result.getException()).isExactlyInstanceOf(SfmcJourneyException.class);
        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getMessage()).contains("without an eventInstanceId");
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID))
                .isNull();
    }

    @ParameterizedTest(name = "batch: {0}")
    @MethodSource("successesWithoutAUsableBody")
    void aBatchAnsweredWithoutMemberResultsHasAnUnknownOutcomeForEveryContact(String description, Answer answer) {
        sfmc.then(answer);
        List<Map<String, Object>> contacts = List.of(Map.of("ContactKey", "A"), Map.of("ContactKey", "B"));

        Exchange result = template.request(
                sfmc.journeyUri("maximumRetries=0"), e -> e.getMessage().setBody(contacts));

        assertThat(result.getException()).isExactlyInstanceOf(SfmcJourneyException.class);
        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure.getMessage())
                .contains("2 of 2 contacts were not queued")
                .contains("without one result per member");
        assertThat(failure.getUndeliveredContacts()).containsExactlyElementsOf(contacts);
        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(batch.getFailed())
                .allSatisfy(f -> assertThat(f.error().isOutcomeUnknown()).isTrue());
        assertThat(batch.getQueuedCount()).isZero();
    }

    @ParameterizedTest(name = "single: {0}")
    @MethodSource("errorsWithoutJson")
    void aSingleEntryErrorWithoutJsonKeepsTheStatusAndShowsTheBody(String description, Answer answer, int status) {
        sfmc.then(answer);

        Exchange result = template.request(
                sfmc.journeyUri("maximumRetries=0"), e -> e.getMessage().setBody(Map.of("ContactKey", "C-1")));

        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure).isNotNull();
        assertThat(failure.getHttpResponseCode()).isEqualTo(status);
        assertThat(failure.getErrorCode()).isNull();
        assertThat(failure.getMessage()).containsAnyOf("non-JSON body", "empty body");
        assertThat(failure.getUndeliveredContacts()).hasSize(1);
    }

    @ParameterizedTest(name = "batch: {0}")
    @MethodSource("errorsWithoutJson")
    void aBatchErrorWithoutJsonFailsEveryContactWithTheStatus(String description, Answer answer, int status) {
        sfmc.then(answer);
        List<Map<String, Object>> contacts = List.of(Map.of("ContactKey", "A"), Map.of("ContactKey", "B"));

        Exchange result = template.request(
                sfmc.journeyUri("maximumRetries=0"), e -> e.getMessage().setBody(contacts));

        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure).isNotNull();
        assertThat(failure.getHttpResponseCode()).isEqualTo(status);
        assertThat(failure.getMessage()).containsAnyOf("non-JSON body", "empty body");
        assertThat(failure.getUndeliveredContacts()).containsExactlyElementsOf(contacts);
    }
}
