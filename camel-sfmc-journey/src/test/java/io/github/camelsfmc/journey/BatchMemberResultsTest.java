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
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.ScriptedSfmc.Answer;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SFMC answers a batch with one result per member, in request order, each naming its contactKey. The component trusts
 * a member result only when both match, and reports SFMC's own per-member rejections against the right contacts.
 */
class BatchMemberResultsTest extends ScriptedSfmcTestSupport {

    private static final Map<String, Object> ADA = Map.of("ContactKey", "ADA");
    private static final Map<String, Object> BOB = Map.of("ContactKey", "BOB");

    @Test
    void aMemberSfmcRefusesWithAnErrorcodeIsRejectedAndTheOthersAreQueued() {
        sfmc.then(Answer.json(
                202,
                "{\"requestId\":\"r-1\",\"count\":2,\"notQueuedCount\":1,\"members\":["
                        + "{\"contactKey\":\"ADA\",\"eventInstanceId\":\"e-1\"},"
                        + "{\"contactKey\":\"BOB\",\"errorcode\":\"30000\",\"message\":\"Contact not allowed\"}]}"));

        Exchange result = send(List.of(ADA, BOB));

        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(batch.getQueued())
                .extracting(BatchEntryResult.QueuedContact::contactKey)
                .containsExactly("ADA");
        assertThat(batch.getRejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.contactKey()).isEqualTo("BOB");
            assertThat(rejected.errorCode()).isEqualTo("30000");
            assertThat(rejected.message()).contains("Contact not allowed");
        });
        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.getUndeliveredContacts()).containsExactly(BOB);
    }

    @Test
    void resultsThatNameOtherContactsThanWereSentAtTheirPositionAreALoudUnknownOutcome() {
        sfmc.then(Answer.json(
                202,
                "{\"requestId\":\"r-2\",\"members\":["
                        + "{\"contactKey\":\"BOB\",\"eventInstanceId\":\"e-1\"},"
                        + "{\"contactKey\":\"ADA\",\"eventInstanceId\":\"e-2\"}]}"));

        Exchange result = send(List.of(ADA, BOB));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.getMessage())
                .contains("do not match the request")
                .contains("member 0 answers for contact 'BOB' where 'ADA' was sent");
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getUndeliveredContacts()).containsExactly(ADA, BOB);
        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(batch.getQueuedCount()).isZero();
    }

    @Test
    void resultsInRequestOrderNamingTheSentContactsAreAllQueued() {
        Exchange result = send(List.of(ADA, BOB));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.QUEUED_COUNT))
                .isEqualTo(2);
    }

    private Exchange send(List<Map<String, Object>> contacts) {
        return template.request(
                sfmc.journeyUri("maximumRetries=0"), e -> e.getMessage().setBody(contacts));
    }
}
