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

import org.apache.camel.spi.Metadata;

/**
 * Message headers read and written by the sfmc-journey producer, and set by its consumer on each entry status.
 */
public final class SfmcJourneyConstants {

    @Metadata(
            label = "producer",
            description = "Overrides the endpoint's event definition key for this message."
                    + " Like the endpoint path, it must not contain a period.",
            javaType = "String")
    public static final String EVENT_DEFINITION_KEY = "CamelSfmcJourneyEventDefinitionKey";

    @Metadata(
            label = "producer,consumer",
            description = "The ContactKey of a single contact, taking precedence over the body."
                    + " Ignored for a batch (List body), where each element carries its own key."
                    + " Set by the consumer: the contact an entry status is about.",
            javaType = "String")
    public static final String CONTACT_KEY = "CamelSfmcJourneyContactKey";

    @Metadata(
            label = "producer,consumer",
            description = "Set after a single entry event: the eventInstanceId SFMC queued the"
                    + " event under. Queued is not entered: SFMC evaluates journey state and"
                    + " re-entry afterwards. Set by the consumer: the event an entry status is about.",
            javaType = "String")
    public static final String EVENT_INSTANCE_ID = "CamelSfmcJourneyEventInstanceId";

    @Metadata(
            label = "producer",
            description = "Set when validation=WARN found reasons a contact may not enter"
                    + " (unknown or mis-cased Data field, missing required field, bad value,"
                    + " ContactKey too long, journey not running or paused, repeated contact"
                    + " without re-entry); the contact was sent anyway. For a batch: the first"
                    + " five findings of its members, then a count.",
            javaType = "java.util.List<String>")
    public static final String WARNINGS = "CamelSfmcJourneyWarnings";

    @Metadata(
            label = "producer",
            description = "Set after a batch: the BatchEntryResult with every contact queued,"
                    + " rejected (with SFMC's errorcode and message) or failed, in input order, with the batch's"
                    + " eventInstanceIds and requestIds.",
            javaType = "io.github.camelsfmc.journey.model.BatchEntryResult")
    public static final String BATCH_RESULT = "CamelSfmcJourneyBatchResult";

    // the two counts stay: a route's filter or log line reads them without calling into the BatchEntryResult
    @Metadata(label = "producer", description = "Set after a batch: how many contacts SFMC queued.", javaType = "int")
    public static final String QUEUED_COUNT = "CamelSfmcJourneyQueuedCount";

    @Metadata(
            label = "producer",
            description = "Set after a batch: how many contacts were not queued (rejected or failed).",
            javaType = "int")
    public static final String NOT_QUEUED_COUNT = "CamelSfmcJourneyNotQueuedCount";

    /**
     * @deprecated the same as {@code BatchEntryResult.getEventInstanceIds()} of the {@link #BATCH_RESULT} header;
     *             still set in this release.
     */
    @Deprecated
    @Metadata(
            label = "producer",
            description = "Set after a batch: the eventInstanceId of each contact in input order,"
                    + " null where a contact was not queued.",
            deprecationNote = "read getEventInstanceIds() of the BatchEntryResult in the"
                    + " CamelSfmcJourneyBatchResult header instead; still set in this release",
            javaType = "java.util.List<String>")
    public static final String EVENT_INSTANCE_IDS = "CamelSfmcJourneyEventInstanceIds";

    /**
     * @deprecated the same as {@code BatchEntryResult.getRequestIds()} of the {@link #BATCH_RESULT} header; still set
     *             in this release.
     */
    @Deprecated
    @Metadata(
            label = "producer",
            description = "Set after a batch: the requestId of each accepted batch request, for"
                    + " GET /interaction/v1/async/events/status.",
            deprecationNote = "read getRequestIds() of the BatchEntryResult in the CamelSfmcJourneyBatchResult"
                    + " header instead; still set in this release",
            javaType = "java.util.List<String>")
    public static final String REQUEST_IDS = "CamelSfmcJourneyRequestIds";

    @Metadata(
            label = "producer",
            description = "Set after every call, successful or not: how many times the component"
                    + " retried (after 429, 5xx or an unreachable SFMC) to deliver this message;"
                    + " for a batch, the total over all its requests. 0 when the first attempt"
                    + " settled it.",
            javaType = "int")
    public static final String RETRY_COUNT = "CamelSfmcJourneyRetryCount";

    @Metadata(
            label = "consumer",
            description = "The requestId of the batch entry call that queued the contact of an entry status.",
            javaType = "String")
    public static final String REQUEST_ID = "CamelSfmcJourneyRequestId";

    @Metadata(
            label = "consumer",
            description = "The status SFMC reports for the contact, as SFMC spells it: queued, processed or"
                    + " errored (dropped by journey processing). processed is not proof that the contact is in"
                    + " the journey: SFMC does not document it so, and re-entry rules may keep a processed"
                    + " contact out.",
            javaType = "String")
    public static final String STATUS = "CamelSfmcJourneyStatus";

    @Metadata(
            label = "consumer",
            description = "SFMC's error code for an errored contact, else null.",
            javaType = "String")
    public static final String ERRORCODE = "CamelSfmcJourneyErrorcode";

    @Metadata(label = "consumer", description = "SFMC's reason for an errored contact, else null.", javaType = "String")
    public static final String MESSAGE = "CamelSfmcJourneyMessage";

    @Metadata(
            label = "producer",
            description = "Set by operation=confirmMembership: each contact key asked, in order, with what SFMC's"
                    + " contactMembership said: inJourney (in a version of the journey this event definition"
                    + " starts), inAnotherJourney, inAJourney (found, but preflight did not say which journey uses"
                    + " this key), notFound, notAnswered (in neither list of the answer), journeyContactKeyUnknown"
                    + " (not found under its ContactKey, but the journey takes the contact key from a sendable field"
                    + " the contact did not carry); with journeyHistory=true a notFound contact becomes"
                    + " enteredAndLeft (Journey History has a row of this journey for it) or noHistoryFound (none in"
                    + " the last 30 days).",
            javaType = "java.util.Map<String,String>")
    public static final String MEMBERSHIP = "CamelSfmcJourneyMembership";

    @Metadata(
            label = "producer",
            description = "Set by operation=confirmMembership: how many of the contacts SFMC confirmed in this"
                    + " event definition's journey.",
            javaType = "int")
    public static final String CONFIRMED_IN_JOURNEY_COUNT = "CamelSfmcJourneyConfirmedInJourneyCount";

    @Metadata(
            label = "producer",
            description = "Set by operation=confirmMembership: the contact keys SFMC found in no journey. Not found"
                    + " means never entered or already left (a short journey may be over within seconds).",
            javaType = "java.util.List<String>")
    public static final String NOT_FOUND_CONTACT_KEYS = "CamelSfmcJourneyNotFoundContactKeys";

    @Metadata(
            label = "producer",
            description = "Set by operation=confirmMembership when some contact was not found: what not found can"
                    + " mean, in words.",
            javaType = "String")
    public static final String NOT_FOUND_MEANING = "CamelSfmcJourneyNotFoundMeaning";

    @Metadata(
            label = "producer",
            description = "Set by operation=confirmMembership: SFMC's memberships as maps of contactKey, journeyKey"
                    + " (the journey's key, which contactMembership calls definitionKey) and version.",
            javaType = "java.util.List<java.util.Map<String,Object>>")
    public static final String JOURNEY_MEMBERSHIPS = "CamelSfmcJourneyJourneyMemberships";

    @Metadata(
            label = "producer",
            description = "Set by operation=confirmMembership with journeyHistory=true: for each contact that"
                    + " entered and left, its latest Journey History row of this journey: transactionTime,"
                    + " activityName, activityType, status, definitionId, definitionName (as SFMC wrote them).",
            javaType = "java.util.Map<String,java.util.Map<String,Object>>")
    public static final String JOURNEY_HISTORY = "CamelSfmcJourneyJourneyHistory";

    @Metadata(
            label = "producer",
            description = "Set by operation=confirmMembership when the journey takes the contact key from a Data"
                    + " field (the event definition's sendable field) and a contact's value differs from its"
                    + " ContactKey: ContactKey to the key SFMC was asked about.",
            javaType = "java.util.Map<String,String>")
    public static final String LOOKUP_KEYS = "CamelSfmcJourneyLookupKeys";

    @Metadata(
            label = "producer",
            description = "Set by operation=confirmMembership when something could not be checked: Journey History"
                    + " not readable (and why), or contacts without the sendable field's value.",
            javaType = "java.util.List<String>")
    public static final String MEMBERSHIP_WARNINGS = "CamelSfmcJourneyMembershipWarnings";

    @Metadata(
            label = "producer",
            description = "Set with reconcileUnknownOutcome after an entry whose outcome was unknown: what SFMC was"
                    + " asked (the status API by contactKey and eventDefinitionKey from the send time, and"
                    + " contactMembership for a single entry), from which time, how many looks until when, and per"
                    + " contact QUEUED (with the evidence, and the eventInstanceId where the status API gave one),"
                    + " NOT_RECEIVED (not found by any look, every look answered: safe to resend) or UNKNOWN (a look"
                    + " failed or what SFMC listed was ambiguous: check before resending).",
            javaType = "io.github.camelsfmc.journey.model.ReconciliationResult")
    public static final String RECONCILIATION = "CamelSfmcJourneyReconciliation";

    private SfmcJourneyConstants() {}
}
