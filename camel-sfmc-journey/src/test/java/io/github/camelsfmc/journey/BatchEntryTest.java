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
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.EntryChannel;

import static org.assertj.core.api.Assertions.assertThat;

class BatchEntryTest extends SfmcJourneyTestSupport {

    @Test
    void aListBodyEntersAllItsContactsInOneBatchRequest() {
        List<Map<String, Object>> contacts = contacts(0, 3);

        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(contacts));

        assertThat(result.getException()).isNull();
        assertThat(simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("C-0", "C-1", "C-2");
        assertThat(simulator().entered(KEY)).extracting(Entry::via).containsOnly(EntryChannel.BATCH);
        assertThat(simulator().stats().batchEventRequests()).isEqualTo(1);
        assertThat(simulator().stats().singleEventRequests()).isZero();
    }

    @Test
    void theOutcomeOfEachContactIsInTheBatchResultInInputOrder() {
        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(contacts(0, 3)));

        List<String> ids =
                simulator().entered(KEY).stream().map(Entry::eventInstanceId).toList();
        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(batch.getQueued())
                .extracting(BatchEntryResult.QueuedContact::contactKey)
                .containsExactly("C-0", "C-1", "C-2");
        assertThat(batch.getEventInstanceIds()).isEqualTo(ids);
        assertThat(batch.getRequestIds()).hasSize(1);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.QUEUED_COUNT, Integer.class))
                .isEqualTo(3);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.NOT_QUEUED_COUNT, Integer.class))
                .isZero();
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedListHeadersStillRepeatTheBatchResult() {
        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(contacts(0, 3)));

        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_IDS, List.class))
                .isEqualTo(batch.getEventInstanceIds())
                .hasSize(3);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.REQUEST_IDS, List.class))
                .isEqualTo(batch.getRequestIds())
                .hasSize(1);
    }

    @Test
    void aListLongerThanOneHundredIsSplitIntoRequestsOfAtMostOneHundred() {
        template.sendBody(journeyUri(), contacts(0, 250));

        assertThat(simulator().entryCount(KEY)).isEqualTo(250);
        assertThat(simulator().stats().batchEventRequests()).isEqualTo(3);
    }

    @Test
    void batchSizeLowersTheNumberOfContactsPerRequest() {
        template.sendBody(journeyUri(KEY, "batchSize=7&batchConcurrency=2"), contacts(0, 50));

        assertThat(simulator().entryCount(KEY)).isEqualTo(50);
        assertThat(simulator().stats().batchEventRequests()).isEqualTo(8);
    }

    @Test
    void aContactThatCannotBeMappedIsRejectedAloneAndTheOthersAreEntered() {
        List<Object> contacts = new ArrayList<>(contacts(0, 3));
        Map<String, Object> noKey = Map.of("FirstName", "Nobody");
        contacts.add(1, noKey);

        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(contacts));

        assertThat(simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("C-0", "C-1", "C-2");
        SfmcJourneyException error = result.getException(SfmcJourneyException.class);
        assertThat(error).isNotNull();
        assertThat(error.getUndeliveredContacts()).containsExactly(noKey);
        assertThat(error.getMessage())
                .contains("1 of 4 contacts were not queued")
                .contains("Contact at index 1 of the list")
                .contains("No ContactKey");
        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(batch.getRejected()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.errorCode()).isEqualTo("VALIDATION");
        });
    }

    @Test
    void rejectedContactsAreOnlyReportedWhenFailOnRejectedMembersIsFalse() {
        List<Object> contacts = new ArrayList<>(contacts(0, 2));
        contacts.add(Map.of("FirstName", "Nobody"));

        Exchange result = template.request(
                journeyUri(KEY, "failOnRejectedMembers=false"),
                e -> e.getMessage().setBody(contacts));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.NOT_QUEUED_COUNT, Integer.class))
                .isEqualTo(1);
        assertThat(simulator().entryCount(KEY)).isEqualTo(2);
    }

    @Test
    void aFailedRequestHandsBackExactlyItsContactsInTheirOriginalForm() {
        simulator().faults().serverErrorRate(1.0);
        List<Map<String, Object>> contacts = contacts(0, 150);

        Exchange result = template.request(
                journeyUri(KEY, "maximumRetries=0"), e -> e.getMessage().setBody(contacts));

        SfmcJourneyException error = result.getException(SfmcJourneyException.class);
        assertThat(error.getHttpResponseCode()).isEqualTo(503);
        assertThat(error.getUndeliveredContacts()).containsExactlyElementsOf(contacts);
        assertThat(error.getMessage())
                .contains("150 of 150 contacts were not queued")
                .contains("150 failed");
        assertThat(simulator().entryCount(KEY)).isZero();
    }

    @Test
    void whenSomeRequestsFailOnlyTheirContactsAreHandedBackAndTheRestAreEntered() {
        // half the requests fail; the seed makes which ones repeatable with one request in flight at a time
        simulator().faults().seed(7).serverErrorRate(0.5);
        List<Map<String, Object>> contacts = contacts(0, 100);

        Exchange result = template.request(
                journeyUri(KEY, "batchSize=10&batchConcurrency=1&maximumRetries=0"),
                e -> e.getMessage().setBody(contacts));

        List<String> entered =
                simulator().entered(KEY).stream().map(Entry::contactKey).toList();
        List<Object> undelivered =
                result.getException(SfmcJourneyException.class).getUndeliveredContacts();
        List<String> handedBack = undelivered.stream()
                .map(c -> (String) ((Map<?, ?>) c).get("ContactKey"))
                .toList();
        assertThat(entered).isNotEmpty();
        assertThat(handedBack).isNotEmpty().doesNotContainAnyElementsOf(entered);
        assertThat(entered.size() + handedBack.size()).isEqualTo(100);
        assertThat(undelivered).isSubsetOf(contacts);
        assertThat(handedBack.size() % 10).isZero();
    }

    @Test
    void thousandsOfRequestsThatFailAtOnceStillEndWithEveryContactHandedBack() {
        CountingHttpClientConfigurer network = new CountingHttpClientConfigurer();
        network.refuseApiCalls();
        context.getRegistry().bind("refusingNetwork", network);
        List<Map<String, Object>> contacts = contacts(0, 5_000);

        Exchange result = template.request(
                journeyUri(
                        KEY,
                        "batchSize=1&batchConcurrency=1&maximumRetries=0&preflight=off&validation=off"
                                + "&httpClientConfigurer=#refusingNetwork"),
                e -> e.getMessage().setBody(contacts));

        SfmcJourneyException error = result.getException(SfmcJourneyException.class);
        assertThat(error.getUndeliveredContacts()).hasSize(5_000).containsExactlyElementsOf(contacts);
    }

    @Test
    void anIteratorBodyIsKeptAsTheListItWasReadIntoSoARedeliverySendsTheSameContacts() {
        simulator().faults().serverErrorRate(1.0);
        List<Map<String, Object>> contacts = contacts(0, 3);

        Exchange result = template.request(
                journeyUri(KEY, "maximumRetries=0"), e -> e.getMessage().setBody(contacts.iterator()));

        assertThat(result.getMessage().getBody(List.class)).containsExactlyElementsOf(contacts);
        assertThat(result.getException(SfmcJourneyException.class).getUndeliveredContacts())
                .containsExactlyElementsOf(contacts);
    }

    @Test
    void aNullElementOfAnArrayIsRejectedAloneAndTheOthersAreEntered() {
        Object[] contacts = {Map.of("ContactKey", "A-1"), null, Map.of("ContactKey", "A-2")};

        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(contacts));

        assertThat(simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("A-1", "A-2");
        assertThat(result.getException(SfmcJourneyException.class).getUndeliveredContacts())
                .containsExactly((Object) null);
    }

    @Test
    void aJsonArrayStringIsOneContactNotABatchAndIsRejected() {
        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody("[{\"ContactKey\":\"A\"}]"));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("send a List of contacts for a batch");
    }

    static List<Map<String, Object>> contacts(int from, int count) {
        List<Map<String, Object>> contacts = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            contacts.add(Map.of("ContactKey", "C-" + i, "FirstName", "Name" + i));
        }
        return contacts;
    }
}
