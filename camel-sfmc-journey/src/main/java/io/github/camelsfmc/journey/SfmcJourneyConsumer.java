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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.internal.metrics.EntryMetrics;
import io.github.camelsfmc.journey.internal.status.EntryStatusPoller;
import io.github.camelsfmc.journey.internal.status.ServerClock;
import io.github.camelsfmc.journey.internal.status.StatusDeliveries;
import io.github.camelsfmc.journey.internal.status.StatusPoll;
import io.github.camelsfmc.journey.internal.status.StatusQuery;
import io.github.camelsfmc.journey.internal.status.StatusRepositories;
import io.github.camelsfmc.journey.model.EntryStatus;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Polls SFMC for the outcome of batch entries and routes each new {@link EntryStatus} as one exchange (at most
 * maxMessagesPerPoll per poll), or all of a poll's as one List when statusesAsList is set.
 * <p>
 * Each status is claimed in the idempotent repository before it is routed and the claim is removed when its exchange
 * fails, so consumers that share one repository deliver it once between them. A failed status is offered again on
 * the next polls, holding the window, until it failed statusDeliveryAttempts times; then it is given up (logged) and
 * the window moves on.
 */
final class SfmcJourneyConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(SfmcJourneyConsumer.class);

    /** SFMC processes batch entries in minutes, and every status call counts against the account's API limits. */
    static final long DEFAULT_DELAY = 60_000;

    /** Client errors (4xx but 408 and 429) in a row after which polling stops until the route is restarted. */
    static final int CLIENT_ERRORS_BEFORE_STOPPING = 5;

    private final SfmcJourneyConfiguration configuration;
    private final boolean asList;
    private StatusRepositories repositories;
    private StatusDeliveries deliveries;
    private EntryStatusPoller poller;
    private boolean holdWindow;
    private int clientErrorsInARow;
    private Clock localClock = Clock.systemUTC();

    SfmcJourneyConsumer(SfmcJourneyEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.asList = configuration.isStatusesAsList();
        setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
    }

    /** For tests: this machine's clock as the consumer reads it, set before the route starts. */
    void useLocalClock(Clock localClock) {
        this.localClock = localClock;
    }

    @Override
    public SfmcJourneyEndpoint getEndpoint() {
        return (SfmcJourneyEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        if (repositories == null) {
            repositories = StatusRepositories.register(
                    getEndpoint().getCamelContext(),
                    configuration.getStateRepository(),
                    configuration.getIdempotentRepository());
        }
        deliveries = new StatusDeliveries(repositories.delivered(), configuration.getStatusDeliveryAttempts());
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
                        Duration.ofMillis(configuration.getStatusOverlap()),
                        Duration.ofMillis(configuration.getStatusWindowSlice()),
                        getMaxMessagesPerPoll(),
                        ZoneId.of(configuration.getStatusDateZone()),
                        pageTimeout()),
                repositories.windows(),
                deliveries,
                new ServerClock(localClock));
        clientErrorsInARow = 0;
        super.doStart();
    }

    @Override
    protected void doShutdown() throws Exception {
        super.doShutdown();
        if (repositories != null) {
            repositories.release(getEndpoint().getCamelContext());
            repositories = null;
        }
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
        if (clientErrorsInARow >= CLIENT_ERRORS_BEFORE_STOPPING) {
            return 0;
        }
        StatusPoll poll;
        try {
            poll = poller.poll();
            clientErrorsInARow = 0;
        } catch (SfmcJourneyException e) {
            countClientError(e);
            throw e;
        }
        holdWindow = false;
        Queue<Object> exchanges = new LinkedList<>();
        if (asList && !poll.statuses().isEmpty()) {
            Exchange exchange = createExchange(false);
            exchange.getMessage().setBody(new ArrayList<>(poll.statuses()));
            exchanges.add(exchange);
        } else {
            for (EntryStatus status : poll.statuses()) {
                Exchange exchange = createExchange(false);
                exchange.getMessage().setBody(status);
                setHeaders(exchange.getMessage(), status);
                exchanges.add(exchange);
            }
        }
        int routed = processBatch(exchanges);
        if (!holdWindow && isRunAllowed()) {
            poller.completed(poll);
        }
        return routed;
    }

    private void countClientError(SfmcJourneyException e) {
        int status = e.getHttpResponseCode();
        if (status < 400 || status >= 500 || status == 408 || status == 429) {
            clientErrorsInARow = 0;
            return;
        }
        if (++clientErrorsInARow == CLIENT_ERRORS_BEFORE_STOPPING) {
            LOG.error(
                    "SFMC refused {} entry status polls in a row (last: HTTP {}: {}); this consumer stops polling"
                            + " until its route is restarted",
                    clientErrorsInARow,
                    status,
                    e.getMessage());
        }
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int processed = 0;
        for (int index = 0; index < total; index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            if (!isBatchAllowed()) {
                holdWindow = true;
                releaseExchange(exchange, false);
                continue;
            }
            exchange.setProperty(Exchange.BATCH_INDEX, index);
            exchange.setProperty(Exchange.BATCH_SIZE, total);
            exchange.setProperty(Exchange.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            routeClaimed(exchange);
            processed++;
        }
        pendingExchanges = 0;
        return processed;
    }

    /** Routes what this consumer could claim of the exchange's statuses; the others were claimed elsewhere. */
    private void routeClaimed(Exchange exchange) {
        List<EntryStatus> statuses = statusesOf(exchange);
        List<EntryStatus> claimed = statuses.stream().filter(deliveries::claim).toList();
        try {
            if (claimed.isEmpty()) {
                return;
            }
            if (asList) {
                exchange.getMessage().setBody(new ArrayList<>(claimed));
            }
            Exception failure = route(exchange);
            for (EntryStatus status : claimed) {
                if (failure == null) {
                    deliveries.delivered(status);
                    count(status);
                } else if (deliveries.failed(status, failure)) {
                    holdWindow = true;
                }
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<EntryStatus> statusesOf(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        return body instanceof EntryStatus status ? List.of(status) : new ArrayList<>((List<EntryStatus>) body);
    }

    private Exception route(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        Exception failure = exchange.getException();
        if (failure != null) {
            getExceptionHandler().handleException("Error routing entry status", exchange, failure);
        }
        return failure;
    }

    private void count(EntryStatus status) {
        if (status.isProcessed()) {
            getEndpoint().metrics().contacts(EntryMetrics.Outcome.PROCESSED, 1);
        } else if (status.isErrored()) {
            getEndpoint().metrics().contacts(EntryMetrics.Outcome.ERRORED, 1);
        }
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
