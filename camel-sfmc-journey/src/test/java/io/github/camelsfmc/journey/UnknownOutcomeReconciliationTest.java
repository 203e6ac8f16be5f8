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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.github.camelsfmc.journey.model.ReconciliationResult;
import io.github.camelsfmc.journey.model.ReconciliationResult.ContactVerdict;
import io.github.camelsfmc.journey.model.ReconciliationResult.Verdict;
import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.SimulatedApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * reconcileUnknownOutcome against the simulator: an entry call whose answer never arrives is checked with SFMC's
 * status API (and contactMembership for a single entry) before the exchange completes. The simulator produces both
 * cases: SFMC queued the contacts but its answer trickles past requestTimeout, or it read the request and dropped the
 * connection without queuing anything.
 */
class UnknownOutcomeReconciliationTest extends SfmcJourneyTestSupport {

    /** Long enough for a status call on a loaded machine; the entry answers trickle far slower. */
    private static final String TIMEOUTS = "requestTimeout=3000&reconcileUnknownOutcome=true&reconcileDelay=100"
            + "&reconcileInterval=300&reconcileTimeout=2000";

    private static final String RECONCILED = "direct:reconciled";
    private static final String PLAIN = "direct:plain";

    private static final List<Map<String, Object>> BATCH =
            List.of(Map.of("ContactKey", "R-1"), Map.of("ContactKey", "R-2"), Map.of("ContactKey", "R-3"));

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(RECONCILED).to(journeyUri(KEY, "preflight=off&validation=off&" + TIMEOUTS));
                from("direct:reconciledWithPreflight").to(journeyUri(KEY, TIMEOUTS));
                // two requests of two, one after the other
                from("direct:twoChunks")
                        .to(journeyUri(KEY, "preflight=off&validation=off&batchSize=2&batchConcurrency=1&" + TIMEOUTS));
                from("direct:reconciledKeepingRejected")
                        .to(journeyUri(KEY, "preflight=off&validation=off&failOnRejectedMembers=false&" + TIMEOUTS));
                from(PLAIN).to(journeyUri(KEY, "preflight=off&validation=off&requestTimeout=3000"));
            }
        };
    }

    @Test
    void aBatchSfmcQueuedButWhoseAnswerNeverArrivedIsReportedQueuedAndNotSentAgain() {
        answersTrickle(SimulatedApi.BATCH_ENTRY);

        Exchange result = template.request(RECONCILED, e -> e.getMessage().setBody(BATCH));

        assertThat(result.getException()).isNull();
        ReconciliationResult reconciliation = reconciliation(result);
        assertThat(reconciliation.getContacts())
                .extracting(ContactVerdict::verdict)
                .containsOnly(Verdict.QUEUED);
        List<String> enteredIds = entered().stream().map(Entry::eventInstanceId).toList();
        assertThat(reconciliation.getContacts())
                .extracting(ContactVerdict::eventInstanceId)
                .containsExactlyInAnyOrderElementsOf(enteredIds);
        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(batch.getQueuedCount()).isEqualTo(3);
        assertThat(batch.getFailed()).isEmpty();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_IDS, List.class))
                .containsExactlyInAnyOrderElementsOf(enteredIds);
        // each contact entered once, from the one request that was sent
        assertThat(entered()).extracting(Entry::contactKey).containsExactlyInAnyOrder("R-1", "R-2", "R-3");
        assertThat(simulator().stats().batchEventRequests()).isEqualTo(1);
        assertThat(metrics()).containsEntry("reconciled.queued", 3L);
    }

    @Test
    void aReconciledBatchWarnsOnceOfTheContactsItRejectedAndSetsNoSingleEntryHeader() {
        answersTrickle(SimulatedApi.BATCH_ENTRY);
        List<Map<String, Object>> contacts = List.of(Map.of("ContactKey", "W-1"), Map.of("FirstName", "No key"));

        try (LogCapture log = LogCapture.start(Map.of())) {
            Exchange result = template.request(
                    "direct:reconciledKeepingRejected", e -> e.getMessage().setBody(contacts));

            assertThat(result.getException()).isNull();
            assertThat(reconciliation(result).getContacts())
                    .extracting(ContactVerdict::verdict)
                    .containsExactly(Verdict.QUEUED);
            assertThat(log.lines(Level.WARN, SfmcJourneyProducer.class.getName()))
                    .extracting(LogCapture.Line::text)
                    .filteredOn(text -> text.contains("were rejected"))
                    .containsExactly("1 of 2 contacts were rejected for event definition key '" + KEY + "', first: "
                            + result.getMessage()
                                    .getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class)
                                    .getRejected()
                                    .get(0)
                                    .message());
            assertThat(result.getMessage().getHeaders()).doesNotContainKey(SfmcJourneyConstants.EVENT_INSTANCE_ID);
        }
    }

    @Test
    void aContactSentTwiceInOneBatchIsMatchedToTwoDifferentEntries() {
        answersTrickle(SimulatedApi.BATCH_ENTRY);
        List<Map<String, Object>> twice = List.of(Map.of("ContactKey", "D-1"), Map.of("ContactKey", "D-1"));

        Exchange result = template.request(RECONCILED, e -> e.getMessage().setBody(twice));

        assertThat(result.getException()).isNull();
        assertThat(reconciliation(result).getContacts())
                .extracting(ContactVerdict::eventInstanceId)
                .doesNotContainNull()
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        entered().stream().map(Entry::eventInstanceId).toList());
    }

    @Test
    void aBatchSfmcNeverReceivedIsReportedSafeToResend() {
        simulator().faults().resetAfterReadRate(1.0);

        Exchange result = template.request(RECONCILED, e -> e.getMessage().setBody(BATCH));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getUndeliveredContacts()).containsExactlyElementsOf(BATCH);
        assertThat(failure.getMessage()).contains("safe to resend");
        ReconciliationResult reconciliation = reconciliation(result);
        assertThat(reconciliation.getContacts())
                .extracting(ContactVerdict::verdict)
                .containsOnly(Verdict.NOT_RECEIVED);
        assertThat(reconciliation.getLooks()).isGreaterThanOrEqualTo(1);
        assertThat(reconciliation.getFrom()).isNotNull();
        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(batch.getFailed())
                .hasSize(3)
                .allSatisfy(f -> assertThat(f.error().isOutcomeUnknown()).isFalse());
        assertThat(simulator().stats().resetAfterReadRequests()).isEqualTo(1);
        assertThat(entered()).isEmpty();
        assertThat(metrics()).containsEntry("reconciled.not_received", 3L);
    }

    @Test
    void inABatchOnlyTheContactsSfmcDidNotReceiveFailTheExchange() {
        // with this seed the first entry request is read and dropped, the second queued and its answer trickled
        simulator().faults().seed(1).resetAfterReadRate(0.5);
        answersTrickle(SimulatedApi.BATCH_ENTRY);
        List<Map<String, Object>> contacts = List.of(
                Map.of("ContactKey", "M-1"),
                Map.of("ContactKey", "M-2"),
                Map.of("ContactKey", "M-3"),
                Map.of("ContactKey", "M-4"));

        Exchange result =
                template.request("direct:twoChunks", e -> e.getMessage().setBody(contacts));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getUndeliveredContacts()).containsExactly(contacts.get(0), contacts.get(1));
        BatchEntryResult batch =
                result.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        assertThat(batch.getQueued())
                .extracting(BatchEntryResult.QueuedContact::contactKey)
                .containsExactly("M-3", "M-4");
        assertThat(batch.getQueued())
                .allSatisfy(q -> assertThat(q.eventInstanceId()).isNotNull());
        assertThat(batch.getFailed())
                .extracting(BatchEntryResult.FailedContact::contactKey)
                .containsExactly("M-1", "M-2");
        assertThat(batch.getFailed())
                .allSatisfy(f -> assertThat(f.error().isOutcomeUnknown()).isFalse());
        assertThat(reconciliation(result).getContacts())
                .extracting(ContactVerdict::contactKey, ContactVerdict::verdict)
                .containsExactly(
                        tuple("M-1", Verdict.NOT_RECEIVED),
                        tuple("M-2", Verdict.NOT_RECEIVED),
                        tuple("M-3", Verdict.QUEUED),
                        tuple("M-4", Verdict.QUEUED));
        assertThat(entered()).extracting(Entry::contactKey).containsExactlyInAnyOrder("M-3", "M-4");
        assertThat(simulator().stats().resetAfterReadRequests()).isEqualTo(1);
        assertThat(simulator().stats().batchEventRequests()).isEqualTo(2);
    }

    @Test
    void aSingleEntrySfmcQueuedIsReportedQueuedOnTheEvidenceOfContactMembership() {
        answersTrickle(SimulatedApi.SINGLE_ENTRY);

        Exchange result = template.request(
                "direct:reconciledWithPreflight", e -> e.getMessage().setBody(Map.of("ContactKey", "S-1")));

        assertThat(result.getException()).isNull();
        ContactVerdict verdict = reconciliation(result).getContacts().get(0);
        assertThat(verdict.verdict()).isEqualTo(Verdict.QUEUED);
        assertThat(verdict.evidence()).contains("contactMembership");
        // the simulator does not list single entries in the status API by default: no id is invented
        assertThat(verdict.eventInstanceId()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID))
                .isNull();
        assertThat(entered()).extracting(Entry::contactKey).containsExactly("S-1");
        assertThat(simulator().stats().singleEventRequests()).isEqualTo(1);
    }

    @Test
    void aSingleEntryAfterABatchInTheSameRouteIsReconciledAsItselfNotAsTheEarlierBatch() {
        answersTrickle(SimulatedApi.SINGLE_ENTRY);
        // an earlier batch step left its result, with a contact whose outcome was unknown, on the message
        Map<String, Object> old = Map.of("ContactKey", "B-old");
        BatchEntryResult earlier = new BatchEntryResult(
                1,
                List.of(),
                List.of(),
                List.of(new BatchEntryResult.FailedContact(
                        0, old, "B-old", SfmcJourneyException.outcomeUnknown("timed out", List.of(old), null))),
                List.of(),
                0);

        Exchange result = template.request("direct:reconciledWithPreflight", e -> {
            e.getMessage().setHeader(SfmcJourneyConstants.BATCH_RESULT, earlier);
            e.getMessage().setBody(Map.of("ContactKey", "S-after"));
        });

        assertThat(result.getException()).isNull();
        assertThat(reconciliation(result).getContacts())
                .extracting(ContactVerdict::contactKey, ContactVerdict::verdict)
                .containsExactly(tuple("S-after", Verdict.QUEUED));
    }

    @Test
    void aSingleEntryListedInTheStatusApiIsReportedQueuedWithItsEventInstanceId() {
        simulator().statusApi().listsSingleEntries(true);
        answersTrickle(SimulatedApi.SINGLE_ENTRY);

        Exchange result = template.request(RECONCILED, e -> e.getMessage().setBody(Map.of("ContactKey", "S-2")));

        assertThat(result.getException()).isNull();
        String id = entered().get(0).eventInstanceId();
        assertThat(reconciliation(result).getContacts().get(0).eventInstanceId())
                .isEqualTo(id);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID))
                .isEqualTo(id);
        assertThat(simulator().stats().singleEventRequests()).isEqualTo(1);
    }

    @Test
    void aSingleEntryEventNamingItsOwnKeyIsLookedUpUnderThatKey() {
        simulator().addJourney(Journey.builder("Other-Event").build());
        try {
            simulator().statusApi().listsSingleEntries(true);
            answersTrickle(SimulatedApi.SINGLE_ENTRY);
            EntryEvent event = EntryEvent.of("O-1");
            event.setEventDefinitionKey("Other-Event");

            Exchange result = template.request(RECONCILED, e -> e.getMessage().setBody(event));

            assertThat(result.getException()).isNull();
            String id = simulator().entered("Other-Event").get(0).eventInstanceId();
            assertThat(reconciliation(result).getContacts().get(0).eventInstanceId())
                    .isEqualTo(id);
        } finally {
            simulator().removeJourney("Other-Event");
        }
    }

    @Test
    void aSingleEntrySfmcNeverReceivedIsReportedSafeToResend() {
        simulator().faults().resetAfterReadRate(1.0);
        Map<String, Object> contact = Map.of("ContactKey", "S-3");

        Exchange result = template.request(
                "direct:reconciledWithPreflight", e -> e.getMessage().setBody(contact));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
        ContactVerdict verdict = reconciliation(result).getContacts().get(0);
        assertThat(verdict.verdict()).isEqualTo(Verdict.NOT_RECEIVED);
        assertThat(verdict.evidence()).contains("contactMembership");
        assertThat(entered()).isEmpty();
    }

    @Test
    void aSingleEntryNeverReceivedByAJourneyKeyedByAnotherFieldStaysUnknown() {
        // Journey Builder files this journey's contacts under SubscriberKey: not finding the ContactKey proves nothing
        simulator()
                .addJourney(Journey.builder("Subscriber-Event")
                        .field(DataExtensionField.primaryKey("SubscriberKey", 50))
                        .sendableField("SubscriberKey")
                        .build());
        try {
            simulator().faults().resetAfterReadRate(1.0);
            Map<String, Object> contact = Map.of("ContactKey", "C-9", "SubscriberKey", "S-9");

            Exchange result = template.request(
                    journeyUri("Subscriber-Event", "validation=WARN&" + TIMEOUTS),
                    e -> e.getMessage().setBody(contact));

            SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
            assertThat(failure.isOutcomeUnknown()).isTrue();
            assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
            ContactVerdict verdict = reconciliation(result).getContacts().get(0);
            assertThat(verdict.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(verdict.evidence()).contains("sendable field 'SubscriberKey'");
        } finally {
            simulator().removeJourney("Subscriber-Event");
        }
    }

    @Test
    void aLookThatFailsLeavesTheOutcomeUnknown() {
        simulator().faults().resetAfterReadRate(1.0);
        simulator().faults().hostile().echoHeadersErrorPage(SimulatedApi.BATCH_STATUS, 400);

        Exchange result = template.request(RECONCILED, e -> e.getMessage().setBody(BATCH));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getUndeliveredContacts()).containsExactlyElementsOf(BATCH);
        assertThat(failure.getMessage()).contains("still unknown").contains("failed");
        assertThat(reconciliation(result).getContacts())
                .extracting(ContactVerdict::verdict)
                .containsOnly(Verdict.UNKNOWN);
        assertThat(metrics()).containsEntry("reconciled.unknown", 3L);
    }

    @Test
    void aContactSfmcListsAsErroredStaysUnknownWithWhatSfmcSaid() {
        // queued, then dropped by journey processing for a field the data extension does not have
        answersTrickle(SimulatedApi.BATCH_ENTRY);
        List<Map<String, Object>> contacts = List.of(Map.of("ContactKey", "E-1", "NoSuchField", "x"));

        Exchange result = template.request(RECONCILED, e -> e.getMessage().setBody(contacts));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.isOutcomeUnknown()).isTrue();
        ContactVerdict verdict = reconciliation(result).getContacts().get(0);
        assertThat(verdict.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(verdict.evidence()).contains("errored").contains("NoSuchField");
        assertThat(simulator().dropped(KEY)).extracting(d -> d.contactKey()).containsExactly("E-1");
    }

    @Test
    void withoutTheOptionAnUnknownOutcomeStaysUnknownAndSfmcIsNotAsked() {
        answersTrickle(SimulatedApi.BATCH_ENTRY);

        Exchange result = template.request(PLAIN, e -> e.getMessage().setBody(BATCH));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getUndeliveredContacts()).containsExactlyElementsOf(BATCH);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.RECONCILIATION))
                .isNull();
        assertThat(simulator().requestLog()).noneMatch(r -> r.path().startsWith("/interaction/v1/async/events/status"));
    }

    @Test
    void anEarlierEntryOfTheSameContactIsNotTakenForTheLostOne() {
        // entered a minute ago (on SFMC's clock); its status changes to processed only after the lost send
        simulator().processingDelay(Duration.ofSeconds(61));
        simulator().clockOffset(Duration.ofSeconds(-60));
        assertThat(template.request(PLAIN, e -> e.getMessage().setBody(BATCH)).getException())
                .isNull();
        simulator().clockOffset(Duration.ZERO);
        simulator().faults().resetAfterReadRate(1.0);

        Exchange result = template.request(RECONCILED, e -> e.getMessage().setBody(BATCH));

        assertThat(reconciliation(result).getContacts())
                .extracting(ContactVerdict::verdict)
                .containsOnly(Verdict.NOT_RECEIVED);
        assertThat(simulator().stats().batchEventRequests()).isEqualTo(2);
    }

    @Test
    void reconcileOptionsThatCannotWorkAreRefusedWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint(
                        journeyUri(KEY, "reconcileUnknownOutcome=true&reconcileDelay=5000&reconcileTimeout=1000")))
                .rootCause()
                .hasMessageContaining("reconcileDelay=5000")
                .hasMessageContaining("reconcileTimeout=1000");
        assertThatThrownBy(
                        () -> context.getEndpoint(journeyUri(KEY, "reconcileUnknownOutcome=true&reconcileInterval=0")))
                .rootCause()
                .hasMessageContaining("Option reconcileInterval=0 must be a positive number");
        assertThatThrownBy(
                        () -> context.getEndpoint(journeyUri(KEY, "reconcileUnknownOutcome=true&reconcileTimeout=2h")))
                .rootCause()
                .hasMessageContaining("reconcileTimeout=7200000")
                .hasMessageContaining("30 minutes");
        // options of a reconciliation that is off are not judged
        assertThat(context.getEndpoint(journeyUri(KEY, "reconcileInterval=0"))).isNotNull();
    }

    private void answersTrickle(SimulatedApi api) {
        // SFMC queues at once, then its answer comes a byte every 10 s: far past requestTimeout
        simulator().faults().hostile().trickle(api, 1, Duration.ofSeconds(10));
    }

    private List<Entry> entered() {
        return simulator().entered(KEY);
    }

    private static ReconciliationResult reconciliation(Exchange result) {
        ReconciliationResult reconciliation =
                result.getMessage().getHeader(SfmcJourneyConstants.RECONCILIATION, ReconciliationResult.class);
        assertThat(reconciliation).as("reconciliation header").isNotNull();
        return reconciliation;
    }

    private Map<String, Long> metrics() {
        return context.getEndpoints().stream()
                .filter(e -> e instanceof SfmcJourneyEndpoint)
                .map(e -> ((SfmcJourneyEndpoint) e).getEntryMetrics())
                .filter(m -> m.keySet().stream().anyMatch(k -> k.startsWith("reconciled.")))
                .findFirst()
                .orElse(Map.of());
    }
}
