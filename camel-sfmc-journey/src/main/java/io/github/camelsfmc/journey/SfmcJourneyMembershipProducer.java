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

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

import io.github.camelsfmc.journey.internal.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.mapping.InvalidContactException;
import io.github.camelsfmc.journey.internal.membership.AskedContact;
import io.github.camelsfmc.journey.internal.membership.ContactKeyList;
import io.github.camelsfmc.journey.internal.membership.JourneyHistorySearch;
import io.github.camelsfmc.journey.internal.membership.MembershipCheck;
import io.github.camelsfmc.journey.internal.membership.MembershipFindings;
import io.github.camelsfmc.journey.internal.preflight.JourneyEntryGuard;
import io.github.camelsfmc.journey.internal.preflight.PreflightReport;
import io.github.camelsfmc.journey.internal.setup.EntryPipelines;
import io.github.camelsfmc.journey.model.CheckMode;

/**
 * {@code operation=confirmMembership}: asks SFMC which of the body's contacts are in a journey now, and says in
 * headers which are in the journey this event definition starts. The body is left as it was. Only SFMC's answer makes
 * a contact "in the journey"; a contact SFMC did not find is reported as not found, never as absent or dropped. With
 * {@code journeyHistory=true}, Journey History tells the not found that entered and left from those it has no row of.
 */
class SfmcJourneyMembershipProducer extends DefaultAsyncProducer {

    static final String OPERATION = "confirmMembership";

    private ContactKeyList contactKeys;
    private MembershipCheck check;
    private JourneyHistorySearch history;
    private JourneyEntryGuard guard;
    private Executor callbacks;

    SfmcJourneyMembershipProducer(SfmcJourneyEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public SfmcJourneyEndpoint getEndpoint() {
        return (SfmcJourneyEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SfmcJourneyEndpoint endpoint = getEndpoint();
        SfmcJourneyConfiguration configuration = endpoint.getConfiguration();
        callbacks = endpoint.getComponent().callbackExecutor();
        contactKeys = new ContactKeyList(
                EntryPipelines.mapper(configuration, endpoint.getObjectMapper()), configuration.isFillSendableField());
        check = new MembershipCheck(endpoint.getApiClient(), endpoint.getObjectMapper(), new ApiErrorTranslator());
        history = configuration.isJourneyHistory()
                ? new JourneyHistorySearch(endpoint.getApiClient(), endpoint.getObjectMapper(), Clock.systemUTC())
                : null;
        // preflight names the journeys this event definition starts and its sendable field: without it a found
        // contact is only "in a journey", and contacts are looked up by ContactKey
        guard = configuration.getPreflight() != CheckMode.OFF ? endpoint.startEntryGuard() : null;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        String eventDefinitionKey = getEndpoint().getConfiguration().getEventDefinitionKey();
        Object body = message.getBody();
        Object contactKeyHeader = message.getHeader(SfmcJourneyConstants.CONTACT_KEY);
        CompletableFuture<?> ready = guard != null ? guard.ready() : CompletableFuture.completedFuture(null);
        ready.handle((report, error) -> null)
                .thenCompose(preflightDone -> {
                    PreflightReport report = guard != null ? guard.report() : null;
                    String sendableField = report != null ? report.sendableField() : null;
                    List<AskedContact> asked = contactKeys.of(body, contactKeyHeader, sendableField);
                    return check.check(asked, eventDefinitionKey)
                            .thenCompose(findings -> withHistory(findings, report))
                            .thenApply(findings -> new Checked(findings, report));
                })
                .whenCompleteAsync(
                        (checked, error) -> {
                            try {
                                if (error != null) {
                                    exchange.setException(failure(error));
                                } else {
                                    report(message, checked.findings(), checked.report());
                                }
                            } catch (RuntimeException e) {
                                exchange.setException(e);
                            } finally {
                                callback.done(false);
                            }
                        },
                        callbacks);
        return false;
    }

    /** A contact without a usable key enters nothing, so the refusal names no undelivered contact. */
    private static Throwable failure(Throwable error) {
        return AsyncFailures.unwrap(error) instanceof InvalidContactException invalid
                ? invalid.refusal(List.of())
                : SfmcCallFailure.forRoute(error);
    }

    private record Checked(MembershipFindings findings, PreflightReport report) {}

    private CompletableFuture<MembershipFindings> withHistory(MembershipFindings findings, PreflightReport report) {
        List<String> notFound = findings.lookupKeysForHistory();
        if (history == null || notFound.isEmpty()) {
            return CompletableFuture.completedFuture(findings);
        }
        Duration deadline = Duration.ofMillis(getEndpoint().getConfiguration().getJourneyHistoryTimeout());
        return history.search(notFound, report != null ? report.journeyVersionIds() : Set.of(), deadline)
                .thenApply(findings::withHistory);
    }

    private void report(Message message, MembershipFindings findings, PreflightReport preflight) {
        Set<String> journeyKeys = preflight != null ? preflight.journeyKeys() : Set.of();
        message.setHeader(SfmcJourneyConstants.MEMBERSHIP, findings.verdicts(journeyKeys));
        message.setHeader(
                SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT,
                findings.inJourney(journeyKeys).size());
        message.setHeader(SfmcJourneyConstants.NOT_FOUND_CONTACT_KEYS, findings.notFoundContactKeys());
        message.setHeader(SfmcJourneyConstants.JOURNEY_MEMBERSHIPS, findings.membershipMaps());
        if (!findings.notFoundContactKeys().isEmpty()) {
            message.setHeader(SfmcJourneyConstants.NOT_FOUND_MEANING, MembershipFindings.NOT_FOUND_MEANING);
        }
        if (findings.history() != null) {
            message.setHeader(SfmcJourneyConstants.JOURNEY_HISTORY, findings.historyEvidence());
        }
        if (!findings.lookupKeys().isEmpty()) {
            message.setHeader(SfmcJourneyConstants.LOOKUP_KEYS, findings.lookupKeys());
        }
        List<String> warnings = findings.warnings(preflight != null ? preflight.sendableField() : null);
        if (!warnings.isEmpty()) {
            message.setHeader(SfmcJourneyConstants.MEMBERSHIP_WARNINGS, warnings);
        }
    }
}
