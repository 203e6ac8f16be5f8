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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.github.camelsfmc.journey.internal.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.internal.api.ApiResponse;
import io.github.camelsfmc.journey.internal.api.AsyncFailures;
import io.github.camelsfmc.journey.internal.mapping.EntryEventMapper;
import io.github.camelsfmc.journey.internal.mapping.EntryEventSerializer;
import io.github.camelsfmc.journey.internal.payload.EntryEventResponse;
import io.github.camelsfmc.journey.internal.preflight.JourneyEntryGuard;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.CheckMode;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

/**
 * Sends the message body to SFMC: one contact as a single entry event, a List of contacts as batch requests. The body
 * is left as it was; the outcome goes into headers. A failure is set on the exchange as an
 * {@link SfmcJourneyException} naming exactly the contacts that were not delivered.
 */
class SfmcJourneyProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(SfmcJourneyProducer.class);

    static final String EVENTS_PATH = "/interaction/v1/events";

    private EntryEventMapper mapper;
    private EntryEventSerializer serializer;
    private ApiErrorTranslator errorTranslator;
    private BatchEntrySender batchSender;
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
        mapper = new EntryEventMapper(
                endpoint.getObjectMapper(), configuration.getContactKeyField(), configuration.isContactKeyInData());
        serializer = new EntryEventSerializer(endpoint.getObjectMapper());
        errorTranslator = endpoint.newErrorTranslator();
        batchSender = new BatchEntrySender(
                mapper,
                serializer,
                endpoint.getApiClient(),
                errorTranslator,
                endpoint.getObjectMapper(),
                configuration.getBatchSize(),
                configuration.getBatchConcurrency(),
                this::inspect,
                this::entered);
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
        JourneyEntryGuard guard = getEndpoint().getEntryGuard();
        if (guard != null && getEndpoint().getConfiguration().getValidation() != CheckMode.OFF) {
            CompletableFuture<?> ready = guard.ready();
            if (!ready.isDone()) {
                // the first messages wait (without blocking a thread) for preflight, so they are validated too
                ready.whenComplete((report, error) -> doProcess(exchange, doneSync -> callback.done(false)));
                return false;
            }
        }
        return doProcess(exchange, callback);
    }

    private boolean doProcess(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        try {
            String eventDefinitionKey = eventDefinitionKey(message);
            List<?> contacts = asContactList(body);
            if (body instanceof Iterator<?>
                    || (body instanceof Iterable<?>
                            && !(body instanceof Collection<?>)
                            && !(body instanceof JsonNode))) {
                // a one-pass body is read now: keep what was read, so a redelivery sends the same contacts again
                message.setBody(contacts);
                body = contacts;
            }
            if (contacts != null) {
                return processBatch(exchange, eventDefinitionKey, contacts, callback);
            }
            return processSingle(exchange, eventDefinitionKey, body, callback);
        } catch (SfmcJourneyException e) {
            exchange.setException(e.withUndeliveredContacts(undelivered(body)));
            callback.done(true);
            return true;
        } catch (RuntimeException e) {
            // the async contract: whatever happens, the callback is called exactly once
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }

    private boolean processSingle(Exchange exchange, String eventDefinitionKey, Object body, AsyncCallback callback) {
        Message message = exchange.getMessage();
        EntryEvent event =
                mapper.map(readableBody(exchange, body), message.getHeader(SfmcJourneyConstants.CONTACT_KEY));
        String key = event.getEventDefinitionKey() != null
                ? EventDefinitionKeys.requireValid(event.getEventDefinitionKey(), "EntryEvent.eventDefinitionKey")
                : eventDefinitionKey;
        List<String> warnings = inspect(event, key);
        byte[] payload = serializer.single(event, key);
        AtomicInteger retries = new AtomicInteger();
        getEndpoint().getApiClient().post(EVENTS_PATH, payload, retries).whenComplete((response, error) -> {
            try {
                message.setHeader(SfmcJourneyConstants.RETRY_COUNT, retries.get());
                if (error != null) {
                    exchange.setException(asSfmcException(error).withUndeliveredContacts(List.of(body)));
                } else if (!response.isSuccess()) {
                    SfmcJourneyException failure = errorTranslator.toException(response, key);
                    payloadRejected(failure);
                    exchange.setException(failure.withUndeliveredContacts(List.of(body)));
                } else {
                    message.setHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, eventInstanceId(response, key));
                    entered(key, event.getContactKey());
                    if (!warnings.isEmpty()) {
                        message.setHeader(SfmcJourneyConstants.WARNINGS, warnings);
                    }
                }
            } catch (SfmcJourneyException e) {
                exchange.setException(e.withUndeliveredContacts(List.of(body)));
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    /**
     * Judges a contact against the endpoint's journey before it is sent: in strict mode a finding rejects it, in warn
     * mode findings are logged and returned.
     */
    private List<String> inspect(EntryEvent event, String eventDefinitionKey) {
        JourneyEntryGuard guard = getEndpoint().getEntryGuard();
        CheckMode mode = getEndpoint().getConfiguration().getValidation();
        // the guard knows the endpoint's journey; a key from a header is not checked
        if (guard == null
                || mode == CheckMode.OFF
                || !eventDefinitionKey.equals(getEndpoint().getConfiguration().getEventDefinitionKey())) {
            return List.of();
        }
        List<String> findings = guard.inspect(event);
        if (findings.isEmpty()) {
            return findings;
        }
        if (mode == CheckMode.STRICT) {
            throw new SfmcJourneyValidationException(
                    String.join("; ", findings) + " (validation=strict rejected it before sending)", null);
        }
        findings.forEach(LOG::warn);
        return findings;
    }

    private void entered(String eventDefinitionKey, String contactKey) {
        JourneyEntryGuard guard = getEndpoint().getEntryGuard();
        if (guard != null
                && eventDefinitionKey.equals(getEndpoint().getConfiguration().getEventDefinitionKey())) {
            guard.entered(contactKey);
        }
    }

    /** SFMC refused the payload as not fitting the journey: what preflight knows may be stale. */
    private void payloadRejected(SfmcJourneyException failure) {
        JourneyEntryGuard guard = getEndpoint().getEntryGuard();
        if (guard != null && failure.getHttpResponseCode() == 400) {
            guard.schemaRejected();
        }
    }

    private boolean processBatch(
            Exchange exchange, String eventDefinitionKey, List<?> contacts, AsyncCallback callback) {
        batchSender.send(eventDefinitionKey, contacts).whenComplete((result, error) -> {
            try {
                if (error != null) {
                    exchange.setException(asSfmcException(error).withUndeliveredContacts(contacts));
                } else {
                    reportBatch(exchange, eventDefinitionKey, result);
                }
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    private void reportBatch(Exchange exchange, String eventDefinitionKey, BatchEntryResult result) {
        Message message = exchange.getMessage();
        message.setHeader(SfmcJourneyConstants.BATCH_RESULT, result);
        message.setHeader(SfmcJourneyConstants.QUEUED_COUNT, result.getQueuedCount());
        message.setHeader(SfmcJourneyConstants.NOT_QUEUED_COUNT, result.getNotQueuedCount());
        message.setHeader(SfmcJourneyConstants.EVENT_INSTANCE_IDS, result.getEventInstanceIds());
        message.setHeader(SfmcJourneyConstants.REQUEST_IDS, result.getRequestIds());
        message.setHeader(SfmcJourneyConstants.RETRY_COUNT, result.getRetryCount());
        boolean failOnRejected = getEndpoint().getConfiguration().isFailOnRejectedMembers();
        if (!result.getRejected().isEmpty() && !failOnRejected) {
            LOG.warn(
                    "{} of {} contacts were rejected for event definition key '{}', first: {}",
                    result.getRejected().size(),
                    result.getTotal(),
                    eventDefinitionKey,
                    result.getRejected().get(0).message());
        }
        List<Object> undelivered = result.undeliveredContacts(failOnRejected);
        if (!undelivered.isEmpty()) {
            exchange.setException(
                    batchFailure(eventDefinitionKey, result, failOnRejected).withUndeliveredContacts(undelivered));
        }
    }

    private static SfmcJourneyException batchFailure(String key, BatchEntryResult result, boolean includeRejected) {
        StringBuilder text = new StringBuilder()
                .append(result.getTotal() - result.getQueuedCount())
                .append(" of ")
                .append(result.getTotal())
                .append(" contacts were not queued for event definition key '")
                .append(key)
                .append("' (")
                .append(result.getQueuedCount())
                .append(" queued, ")
                .append(result.getRejected().size())
                .append(" rejected, ")
                .append(result.getFailed().size())
                .append(" failed).");
        SfmcJourneyException first = null;
        if (!result.getFailed().isEmpty()) {
            first = result.getFailed().get(0).error();
            text.append(" First failure: ").append(first.getMessage());
        }
        if (includeRejected && !result.getRejected().isEmpty()) {
            text.append(" First rejection: ").append(result.getRejected().get(0).message());
        }
        text.append(" The undelivered contacts are in getUndeliveredContacts(); the queued ones must not be replayed.");
        if (first != null) {
            // the first failure's details, but not the failure itself as cause: Camel looks up exceptions by type from
            // the innermost cause outwards, and would find that one, which names none of the undelivered contacts
            boolean outcomeUnknown =
                    result.getFailed().stream().anyMatch(f -> f.error().isOutcomeUnknown());
            return new SfmcJourneyException(
                    text.toString(),
                    first.getHttpResponseCode(),
                    first.getErrorCode(),
                    first.getSfmcMessage(),
                    first.getRetryAfter(),
                    outcomeUnknown,
                    List.of(),
                    first.getCause());
        }
        return new SfmcJourneyException(text.toString(), 0, null, null, null, null);
    }

    private String eventDefinitionKey(Message message) {
        String override = message.getHeader(SfmcJourneyConstants.EVENT_DEFINITION_KEY, String.class);
        if (override != null) {
            return EventDefinitionKeys.requireValid(override, "header " + SfmcJourneyConstants.EVENT_DEFINITION_KEY);
        }
        return getEndpoint().getConfiguration().getEventDefinitionKey();
    }

    /** The contacts of a batch body (a Collection, array, Iterator or JSON array), or null for a single contact. */
    static List<?> asContactList(Object body) {
        if (body instanceof List<?> list) {
            return list;
        }
        if (body instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (body instanceof Object[] array) {
            // not List.of: a null element is a contact too, rejected on its own
            return Arrays.asList(array);
        }
        if (body instanceof ArrayNode array) {
            List<Object> elements = new ArrayList<>(array.size());
            array.forEach(elements::add);
            return elements;
        }
        if (body instanceof Iterator<?> iterator) {
            List<Object> elements = new ArrayList<>();
            iterator.forEachRemaining(elements::add);
            return elements;
        }
        if (body instanceof Iterable<?> iterable && !(body instanceof Map<?, ?>) && !(body instanceof JsonNode)) {
            List<Object> elements = new ArrayList<>();
            iterable.forEach(elements::add);
            return elements;
        }
        return null;
    }

    private static List<?> undelivered(Object body) {
        List<?> contacts = asContactList(body);
        return contacts != null ? contacts : Collections.singletonList(body);
    }

    /** Streams and bytes are read as JSON text; every other body is mapped as it is. */
    private static Object readableBody(Exchange exchange, Object body) {
        if (body instanceof byte[] || body instanceof InputStream || body instanceof Reader) {
            return exchange.getContext().getTypeConverter().convertTo(String.class, exchange, body);
        }
        return body;
    }

    private String eventInstanceId(ApiResponse response, String key) {
        EntryEventResponse parsed = response.bodyAs(getEndpoint().getObjectMapper(), EntryEventResponse.class);
        if (parsed != null && parsed.eventInstanceId() != null) {
            return parsed.eventInstanceId();
        }
        throw SfmcJourneyException.outcomeUnknown(
                "SFMC answered HTTP " + response.statusCode() + " to " + EVENTS_PATH + " for event definition key '"
                        + key
                        + "' without an eventInstanceId, so whether the contact was queued is unknown."
                        + " Check Journey Builder before replaying it.",
                null);
    }

    static SfmcJourneyException asSfmcException(Throwable error) {
        Throwable cause = AsyncFailures.unwrap(error);
        if (cause instanceof SfmcJourneyException sfmc) {
            return sfmc;
        }
        return new SfmcJourneyException("SFMC call failed: " + cause, 0, null, null, null, cause);
    }
}
