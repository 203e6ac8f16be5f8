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

import java.io.InputStream;
import java.io.Reader;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.internal.entry.BatchEntrySender;
import io.github.camelsfmc.journey.internal.entry.BatchFailures;
import io.github.camelsfmc.journey.internal.entry.EntryPipeline;
import io.github.camelsfmc.journey.internal.entry.EntryValidationPolicy;
import io.github.camelsfmc.journey.internal.entry.EventDefinitionKeys;
import io.github.camelsfmc.journey.internal.entry.MessageBodies;
import io.github.camelsfmc.journey.internal.entry.SingleEntrySender;
import io.github.camelsfmc.journey.internal.entry.Undelivered;
import io.github.camelsfmc.journey.internal.mapping.Utf8Body;
import io.github.camelsfmc.journey.internal.metrics.EntryMetrics;
import io.github.camelsfmc.journey.internal.reconcile.Reconciled;
import io.github.camelsfmc.journey.internal.reconcile.SingleContact;
import io.github.camelsfmc.journey.internal.reconcile.UnknownOutcomeReconciler;
import io.github.camelsfmc.journey.internal.setup.EntryPipelines;
import io.github.camelsfmc.journey.internal.setup.OutcomeReconcilers;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Sends the message body to SFMC: one contact as a single entry event, a List of contacts as batch requests. The body
 * is left as it was; the outcome goes into headers. A failure is set on the exchange as an
 * {@link SfmcJourneyException} naming exactly the contacts that were not delivered.
 */
class SfmcJourneyProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(SfmcJourneyProducer.class);

    private EntryValidationPolicy policy;
    private SingleEntrySender singleSender;
    private BatchEntrySender batchSender;
    private UnknownOutcomeReconciler reconciler;
    private Executor callbacks;
    private WritableHealthCheckRepository healthCheckRepository;
    private HealthCheck healthCheck;

    public SfmcJourneyProducer(SfmcJourneyEndpoint endpoint) {
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
        // built here, not when the endpoint starts: a consumer-only endpoint reads nothing of the journey
        EntryPipeline pipeline = EntryPipelines.create(
                configuration, endpoint.getObjectMapper(), endpoint.getApiClient(), endpoint.startEntryGuard());
        policy = pipeline.policy();
        singleSender = new SingleEntrySender(pipeline);
        batchSender = new BatchEntrySender(pipeline, configuration.getBatchSize(), configuration.getBatchConcurrency());
        reconciler = OutcomeReconcilers.create(
                configuration, pipeline, endpoint.getComponent().getDelayedTasks(), endpoint.metrics());
        // null unless camel-health is on the classpath
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = SfmcJourneyProducerHealthCheck.create(endpoint);
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> ready = policy.ready();
        if (!ready.isDone()) {
            // the first messages wait (without blocking a thread) for preflight, so they are validated too
            ready.whenCompleteAsync((report, error) -> dispatch(exchange, doneSync -> callback.done(false)), callbacks);
            return false;
        }
        return dispatch(exchange, callback);
    }

    private boolean dispatch(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        try {
            String eventDefinitionKey = eventDefinitionKey(message);
            List<?> contacts = MessageBodies.contacts(body);
            if (MessageBodies.isOnePass(body)) {
                // a one-pass body is read now: keep what was read, so a redelivery sends the same contacts again
                message.setBody(contacts);
                body = contacts;
            }
            if (contacts != null) {
                return sendBatch(exchange, eventDefinitionKey, contacts, callback);
            }
            return sendSingle(exchange, eventDefinitionKey, body, callback);
        } catch (RuntimeException e) {
            // the async contract: whatever happens, the callback is called exactly once
            List<?> undelivered = MessageBodies.undelivered(body);
            SfmcJourneyException failure = Undelivered.failure(e, undelivered);
            getEndpoint().metrics().notQueued(failure, undelivered.size());
            exchange.setException(failure);
            callback.done(true);
            return true;
        }
    }

    private boolean sendSingle(Exchange exchange, String eventDefinitionKey, Object body, AsyncCallback callback) {
        Message message = exchange.getMessage();
        Instant sent = Instant.now();
        SingleContact single =
                new SingleContact(readableBody(exchange, body), message.getHeader(SfmcJourneyConstants.CONTACT_KEY));
        singleSender
                .send(eventDefinitionKey, body, single.readable(), single.contactKeyOverride())
                .whenCompleteAsync(
                        (outcome, error) -> {
                            try {
                                if (error != null) {
                                    throw new IllegalStateException("The single entry failed unexpectedly", error);
                                }
                                message.setHeader(SfmcJourneyConstants.RETRY_COUNT, outcome.retries());
                                if (outcome.failure() != null) {
                                    getEndpoint().metrics().notQueued(outcome.failure(), 1);
                                    exchange.setException(outcome.failure());
                                    return;
                                }
                                getEndpoint().metrics().contacts(EntryMetrics.Outcome.QUEUED, 1);
                                message.setHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, outcome.eventInstanceId());
                                if (!outcome.warnings().isEmpty()) {
                                    message.setHeader(SfmcJourneyConstants.WARNINGS, outcome.warnings());
                                }
                            } catch (RuntimeException e) {
                                exchange.setException(Undelivered.afterCall(e, Collections.singletonList(body)));
                            } finally {
                                complete(exchange, eventDefinitionKey, sent, single, null, callback);
                            }
                        },
                        callbacks);
        return false;
    }

    private boolean sendBatch(Exchange exchange, String eventDefinitionKey, List<?> contacts, AsyncCallback callback) {
        Instant sent = Instant.now();
        batchSender
                .send(eventDefinitionKey, contacts)
                .whenCompleteAsync(
                        (outcome, error) -> {
                            BatchEntryResult result = null;
                            try {
                                if (error != null) {
                                    SfmcJourneyException failure = Undelivered.afterCall(error, contacts);
                                    getEndpoint().metrics().notQueued(failure, contacts.size());
                                    exchange.setException(failure);
                                } else {
                                    if (!outcome.warnings().isEmpty()) {
                                        exchange.getMessage()
                                                .setHeader(SfmcJourneyConstants.WARNINGS, outcome.warnings());
                                    }
                                    result = outcome.result();
                                    getEndpoint().metrics().batch(result);
                                    reportBatch(exchange, eventDefinitionKey, result);
                                }
                            } catch (RuntimeException e) {
                                exchange.setException(Undelivered.afterCall(e, contacts));
                            } finally {
                                complete(exchange, eventDefinitionKey, sent, null, result, callback);
                            }
                        },
                        callbacks);
        return false;
    }

    /** Completes the exchange; with reconcileUnknownOutcome, an unknown outcome is first checked with SFMC. */
    private void complete(
            Exchange exchange,
            String key,
            Instant sent,
            SingleContact single,
            BatchEntryResult batch,
            AsyncCallback callback) {
        Message message = exchange.getMessage();
        SfmcJourneyException failure = exchange.getException(SfmcJourneyException.class);
        CompletableFuture<Reconciled> reconciling = reconciler.reconcile(key, sent, failure, batch, single);
        if (reconciling == null) {
            warnOfRejected(batch, key);
            callback.done(false);
            return;
        }
        reconciling.whenCompleteAsync(
                (reconciled, error) -> {
                    BatchEntryResult last = batch;
                    try {
                        message.setHeader(SfmcJourneyConstants.RECONCILIATION, reconciled.result());
                        if (single != null && reconciled.eventInstanceId() != null) {
                            message.setHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, reconciled.eventInstanceId());
                        }
                        exchange.setException(reconciled.failure());
                        if (reconciled.batch() != null) {
                            last = reconciled.batch();
                            reportBatch(exchange, key, last);
                        }
                    } catch (RuntimeException bug) {
                        exchange.setException(failure); // claim nothing that was not established
                    } finally {
                        warnOfRejected(last, key);
                        callback.done(false);
                    }
                },
                callbacks);
    }

    /** Logged once the batch's result is final, so a reconciled batch does not warn of the same contacts twice. */
    private void warnOfRejected(BatchEntryResult result, String eventDefinitionKey) {
        boolean failOnRejected = getEndpoint().getConfiguration().isFailOnRejectedMembers();
        String warning = BatchFailures.rejectedWarning(eventDefinitionKey, result, failOnRejected);
        if (warning != null) {
            LOG.warn("{}", warning);
        }
    }

    @SuppressWarnings("deprecation")
    private void reportBatch(Exchange exchange, String eventDefinitionKey, BatchEntryResult result) {
        Message message = exchange.getMessage();
        message.setHeader(SfmcJourneyConstants.BATCH_RESULT, result);
        message.setHeader(SfmcJourneyConstants.QUEUED_COUNT, result.getQueuedCount());
        message.setHeader(SfmcJourneyConstants.NOT_QUEUED_COUNT, result.getNotQueuedCount());
        // like a single entry's, so that one header tells the retries of either
        message.setHeader(SfmcJourneyConstants.RETRY_COUNT, result.getRetryCount());
        // lists that repeat parts of the BatchEntryResult, kept for the routes that read them, for one more release
        message.setHeader(SfmcJourneyConstants.EVENT_INSTANCE_IDS, result.getEventInstanceIds());
        message.setHeader(SfmcJourneyConstants.REQUEST_IDS, result.getRequestIds());
        boolean failOnRejected = getEndpoint().getConfiguration().isFailOnRejectedMembers();
        List<Object> undelivered = result.undeliveredContacts(failOnRejected);
        if (!undelivered.isEmpty()) {
            exchange.setException(BatchFailures.of(eventDefinitionKey, result, failOnRejected, undelivered));
        }
    }

    private String eventDefinitionKey(Message message) {
        String override = message.getHeader(SfmcJourneyConstants.EVENT_DEFINITION_KEY, String.class);
        if (override != null) {
            return EventDefinitionKeys.requireValid(override, "header " + SfmcJourneyConstants.EVENT_DEFINITION_KEY);
        }
        return getEndpoint().getConfiguration().getEventDefinitionKey();
    }

    /** Streams and bytes are read as JSON text, bytes strictly as UTF-8; every other body is mapped as it is. */
    private static Object readableBody(Exchange exchange, Object body) {
        if (body instanceof byte[] || body instanceof InputStream) {
            return Utf8Body.decode(exchange.getContext().getTypeConverter().convertTo(byte[].class, exchange, body));
        }
        if (body instanceof Reader) {
            return exchange.getContext().getTypeConverter().convertTo(String.class, exchange, body);
        }
        return body;
    }
}
