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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

import io.github.camelsfmc.journey.internal.metrics.EntryMetrics;
import io.github.camelsfmc.journey.internal.status.EntryStatusPoller;
import io.github.camelsfmc.journey.internal.status.StatusPoll;
import io.github.camelsfmc.journey.internal.status.StatusQuery;
import io.github.camelsfmc.journey.model.EntryStatus;

/**
 * Polls SFMC for the outcome of batch entries and routes each new {@link EntryStatus} as one exchange, or all of a
 * poll's as one List when statusesAsList is set. The window only moves on once every status of it was routed without
 * an exception: a status whose exchange failed comes again on the next poll, the others do not.
 */
final class SfmcJourneyConsumer extends ScheduledPollConsumer {

    /** SFMC processes batch entries in minutes, and every status call counts against the account's API limits. */
    static final long DEFAULT_DELAY = 60_000;

    private final SfmcJourneyConfiguration configuration;
    private final StateRepository<String, String> windows;
    private final IdempotentRepository delivered;
    private final boolean asList;
    private EntryStatusPoller poller;

    SfmcJourneyConsumer(SfmcJourneyEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.windows = configuration.getStateRepository() != null
                ? configuration.getStateRepository()
                : new MemoryStateRepository();
        this.delivered = configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(100_000);
        this.asList = configuration.isStatusesAsList();
    }

    @Override
    public SfmcJourneyEndpoint getEndpoint() {
        return (SfmcJourneyEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(windows, delivered);
        poller = new EntryStatusPoller(
                getEndpoint().getApiClient(),
                getEndpoint().getObjectMapper(),
                new StatusQuery(
                        configuration.getEventDefinitionKey(),
                        commaSeparated(configuration.getStatusType()),
                        commaSeparated(configuration.getRequestIds()),
                        configuration.getStatusPageSize(),
                        Duration.ofMillis(configuration.getSettleTime()),
                        Duration.ofMillis(configuration.getStatusLookback()),
                        pageTimeout()),
                windows,
                delivered,
                Clock.systemUTC());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        ServiceHelper.stopService(windows, delivered);
    }

    /** A token request, then every attempt the retry policy allows with its longest delay. */
    private Duration pageTimeout() {
        long attempts = configuration.getMaximumRetries() + 1L;
        return Duration.ofMillis(configuration.getTokenTimeout()
                + attempts * configuration.getRequestTimeout()
                + configuration.getMaximumRetries() * configuration.getRetryMaxDelay());
    }

    private static List<String> commaSeparated(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .toList();
    }

    @Override
    protected int poll() throws Exception {
        StatusPoll poll = poller.poll();
        if (poll.statuses().isEmpty()) {
            poller.completed(poll);
            return 0;
        }
        boolean allRouted = asList ? routeAsList(poll.statuses()) : routeEach(poll.statuses());
        if (allRouted) {
            poller.completed(poll);
        }
        return poll.statuses().size();
    }

    private boolean routeEach(List<EntryStatus> statuses) {
        boolean allRouted = true;
        for (EntryStatus status : statuses) {
            if (!isRunAllowed()) {
                return false;
            }
            Exchange exchange = createExchange(true);
            exchange.getMessage().setBody(status);
            setHeaders(exchange.getMessage(), status);
            if (route(exchange)) {
                delivered(status);
            } else {
                allRouted = false;
            }
        }
        return allRouted;
    }

    private boolean routeAsList(List<EntryStatus> statuses) {
        Exchange exchange = createExchange(true);
        exchange.getMessage().setBody(new ArrayList<>(statuses));
        if (!route(exchange)) {
            return false;
        }
        statuses.forEach(this::delivered);
        return true;
    }

    private void delivered(EntryStatus status) {
        poller.delivered(status);
        if (status.isProcessed()) {
            getEndpoint().metrics().contacts(EntryMetrics.Outcome.ENTERED, 1);
        } else if (status.isErrored()) {
            getEndpoint().metrics().contacts(EntryMetrics.Outcome.ERRORED, 1);
        }
    }

    private boolean route(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        Exception failure = exchange.getException();
        if (failure != null) {
            getExceptionHandler().handleException("Error routing entry status", exchange, failure);
        }
        releaseExchange(exchange, false);
        return failure == null;
    }

    private static void setHeaders(Message message, EntryStatus status) {
        message.setHeader(SfmcJourneyConstants.CONTACT_KEY, status.getContactKey());
        message.setHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, status.getEventInstanceId());
        message.setHeader(SfmcJourneyConstants.REQUEST_ID, status.getRequestId());
        message.setHeader(SfmcJourneyConstants.STATUS, status.getStatus());
        message.setHeader(SfmcJourneyConstants.ERRORCODE, status.getErrorcode());
        message.setHeader(SfmcJourneyConstants.MESSAGE, status.getMessage());
    }
}
