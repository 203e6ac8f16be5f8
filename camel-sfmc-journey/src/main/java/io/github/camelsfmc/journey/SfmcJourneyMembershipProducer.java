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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.mapping.EntryEventMapper;
import io.github.camelsfmc.journey.internal.mapping.InvalidContactException;
import io.github.camelsfmc.journey.internal.membership.ContactKeyList;
import io.github.camelsfmc.journey.internal.membership.MembershipCheck;
import io.github.camelsfmc.journey.internal.membership.MembershipFindings;
import io.github.camelsfmc.journey.internal.preflight.JourneyEntryGuard;
import io.github.camelsfmc.journey.internal.preflight.PreflightReport;
import io.github.camelsfmc.journey.model.CheckMode;

/**
 * {@code operation=confirmMembership}: asks SFMC which of the body's contacts are in a journey now, and says in
 * headers which are in the journey this event definition starts. The body is left as it was. Only SFMC's answer makes
 * a contact "in the journey"; a contact SFMC did not find is reported as not found, never as absent or dropped.
 */
class SfmcJourneyMembershipProducer extends DefaultAsyncProducer {

    static final String OPERATION = "confirmMembership";

    private ContactKeyList contactKeys;
    private MembershipCheck check;
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
        contactKeys = new ContactKeyList(new EntryEventMapper(
                endpoint.getObjectMapper(), configuration.getContactKeyField(), configuration.isContactKeyInData()));
        check = new MembershipCheck(endpoint.getApiClient(), endpoint.getObjectMapper(), endpoint.newErrorTranslator());
        // preflight names the journeys this event definition starts: without it a found contact is only "in a journey"
        guard = configuration.getPreflight() != CheckMode.OFF ? endpoint.startEntryGuard() : null;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        String eventDefinitionKey = getEndpoint().getConfiguration().getEventDefinitionKey();
        List<String> keys;
        try {
            keys = contactKeys.of(message.getBody(), message.getHeader(SfmcJourneyConstants.CONTACT_KEY));
        } catch (InvalidContactException e) {
            // nothing is entered: no contact is undelivered
            exchange.setException(e.refusal(List.of()));
            callback.done(true);
            return true;
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        CompletableFuture<?> ready = guard != null ? guard.ready() : CompletableFuture.completedFuture(null);
        ready.handle((report, error) -> null)
                .thenCompose(preflightDone -> check.check(keys, eventDefinitionKey))
                .whenCompleteAsync(
                        (findings, error) -> {
                            try {
                                if (error != null) {
                                    exchange.setException(SfmcCallFailure.forRoute(error));
                                } else {
                                    report(message, findings);
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

    private void report(Message message, MembershipFindings findings) {
        Set<String> journeyKeys = journeyKeys();
        message.setHeader(SfmcJourneyConstants.MEMBERSHIP, findings.verdicts(journeyKeys));
        message.setHeader(
                SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT,
                findings.inJourney(journeyKeys).size());
        message.setHeader(SfmcJourneyConstants.NOT_FOUND_CONTACT_KEYS, findings.notFound());
        message.setHeader(SfmcJourneyConstants.JOURNEY_MEMBERSHIPS, findings.membershipMaps());
        if (!findings.notFound().isEmpty()) {
            message.setHeader(SfmcJourneyConstants.NOT_FOUND_MEANING, MembershipFindings.NOT_FOUND_MEANING);
        }
    }

    /** The keys of the journeys this event definition starts, as the latest preflight read them; empty if unknown. */
    private Set<String> journeyKeys() {
        PreflightReport report = guard != null ? guard.report() : null;
        if (report == null) {
            return Set.of();
        }
        return report.journeys().stream()
                .map(PreflightReport.JourneyState::key)
                .filter(key -> key != null)
                .collect(Collectors.toUnmodifiableSet());
    }
}
