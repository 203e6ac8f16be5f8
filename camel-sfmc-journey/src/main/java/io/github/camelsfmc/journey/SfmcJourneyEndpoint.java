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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.ObjectHelper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.http.HttpTransport;
import io.github.camelsfmc.journey.internal.http.TransportSettings;
import io.github.camelsfmc.journey.internal.metrics.EntryMetrics;
import io.github.camelsfmc.journey.internal.preflight.JourneyEntryGuard;
import io.github.camelsfmc.journey.internal.preflight.JourneyPreflight;
import io.github.camelsfmc.journey.internal.preflight.PreflightReport;
import io.github.camelsfmc.journey.internal.setup.EndpointTransportSettings;
import io.github.camelsfmc.journey.internal.setup.JourneyApiClients;
import io.github.camelsfmc.journey.model.CheckMode;
import io.github.camelsfmc.journey.model.PreflightResult;

/**
 * Enter contacts into Salesforce Marketing Cloud Journey Builder journeys through their API entry event, one contact
 * per message or a List of contacts as a batch, and read back which contacts journey processing entered or dropped.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "sfmc-journey",
        title = "SFMC Journey",
        syntax = "sfmc-journey:eventDefinitionKey",
        category = {Category.SAAS, Category.CLOUD, Category.API},
        headersClass = SfmcJourneyConstants.class)
@ManagedResource(description = "Managed SFMC Journey endpoint")
public class SfmcJourneyEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    static final String AUTH_HOST_TEMPLATE = "https://%s.auth.marketingcloudapis.com";

    @UriParam
    private final SfmcJourneyConfiguration configuration;

    private ObjectMapper objectMapper;
    private HttpTransport transport;
    private JourneyApiClient apiClient;
    private JourneyEntryGuard entryGuard;
    private EntryMetrics metrics = EntryMetrics.NONE;
    private Clock guardClock = Clock.systemUTC();
    /** Camel creates a route's consumer before it starts the endpoint, producers after. */
    private volatile boolean consumerCreated;

    public SfmcJourneyEndpoint(String uri, SfmcJourneyComponent component, SfmcJourneyConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public SfmcJourneyComponent getComponent() {
        return (SfmcJourneyComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        if (SfmcJourneyMembershipProducer.OPERATION.equals(configuration.getOperation())) {
            return new SfmcJourneyMembershipProducer(this);
        }
        return new SfmcJourneyProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        SfmcJourneyConsumer consumer = new SfmcJourneyConsumer(this, processor);
        configureConsumer(consumer);
        consumerCreated = true;
        return consumer;
    }

    @Override
    public long getDefaultDelay() {
        return SfmcJourneyConsumer.DEFAULT_DELAY;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        objectMapper =
                configuration.getObjectMapper() != null ? configuration.getObjectMapper() : defaultObjectMapper();
        metrics = EntryMetrics.forEndpoint(
                getCamelContext().getRegistry(),
                configuration.getEventDefinitionKey(),
                consumerCreated ? EntryMetrics.Role.CONSUMER : EntryMetrics.Role.PRODUCER);
        transport = getComponent().getHttpTransports().acquire(transportSettings());
        SfmcJourneyComponent component = getComponent();
        apiClient = JourneyApiClients.create(
                configuration,
                resolveAuthUrl(),
                transport,
                objectMapper,
                component.getTokenProviders(),
                component.getRequestThrottles(),
                component.getDelayedTasks());
        apiClient.useMetrics(metrics);
        metrics.tokenRequests(apiClient.getTokenSource()::getTokenRequestCount);
    }

    /**
     * The guard of this endpoint's producers, built and started by the first producer that starts (so a consumer-only
     * endpoint reads nothing of the journey); null when preflight and validation are both off.
     */
    synchronized JourneyEntryGuard startEntryGuard() {
        if (entryGuard == null
                && (configuration.getPreflight() != CheckMode.OFF || configuration.getValidation() != CheckMode.OFF)) {
            JourneyEntryGuard guard = newEntryGuard(configuration.getPreflight());
            guard.useMetrics(metrics);
            if (configuration.getPreflight() != CheckMode.OFF) {
                guard.start();
            }
            entryGuard = guard;
        }
        return entryGuard;
    }

    private JourneyEntryGuard newEntryGuard(CheckMode preflightMode) {
        return new JourneyEntryGuard(
                new JourneyPreflight(apiClient, objectMapper, guardClock),
                new JourneyEntryGuard.Settings(
                        configuration.getEventDefinitionKey(),
                        preflightMode,
                        Duration.ofMillis(configuration.getSchemaRefreshInterval()),
                        Duration.ofMillis(configuration.getPreflightTimeout()),
                        configuration.getReentryTrackingSize(),
                        configuration.isFillSendableField()),
                guardClock);
    }

    /** The clock the guard judges time by (the 10 minutes a closing version may still admit contacts): for tests. */
    void useGuardClock(Clock clock) {
        this.guardClock = clock;
    }

    /**
     * Runs preflight now and returns what it found: the event definition, the journeys it starts with their status and
     * entry mode, the entry data extension's fields, and the problems that would make SFMC drop contacts silently.
     */
    public PreflightResult preflight() throws Exception {
        JourneyEntryGuard guard = entryGuard != null ? entryGuard : newEntryGuard(CheckMode.OFF);
        return guard.checkNow().toResult();
    }

    @ManagedOperation(description = "Run preflight now and return its findings")
    public String runPreflight() throws Exception {
        return preflight().summary();
    }

    @ManagedAttribute(description = "The findings of the latest preflight")
    public String getPreflightSummary() {
        PreflightReport report = entryGuard != null ? entryGuard.report() : null;
        return report != null ? report.summary() : null;
    }

    /** The guard judging contacts against the journey, or null when preflight and validation are both off. */
    JourneyEntryGuard getEntryGuard() {
        return entryGuard;
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            entryGuard = null;
        }
        metrics.close();
        if (transport != null) {
            getComponent().getHttpTransports().release(transport);
            transport = null;
        }
        super.doStop();
    }

    /** What shapes this endpoint's HTTP client; endpoints with equal settings share one. */
    TransportSettings transportSettings() {
        return EndpointTransportSettings.of(configuration, getComponent().globalSslContextParameters());
    }

    static ObjectMapper defaultObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    String resolveAuthUrl() {
        String authUrl = emptyToNull(configuration.getAuthUrl());
        return authUrl != null ? authUrl : String.format(AUTH_HOST_TEMPLATE, configuration.getSubdomain());
    }

    private static String emptyToNull(String value) {
        return ObjectHelper.isEmpty(value) ? null : value;
    }

    public SfmcJourneyConfiguration getConfiguration() {
        return configuration;
    }

    ObjectMapper getObjectMapper() {
        return objectMapper;
    }

    JourneyApiClient getApiClient() {
        return apiClient;
    }

    @ManagedAttribute(description = "Event definition key")
    public String getEventDefinitionKey() {
        return configuration.getEventDefinitionKey();
    }

    @ManagedAttribute(
            description = "Contacts by outcome, requests by API and status class, retries, token requests and"
                    + " validation findings by kind, as the Micrometer meters sfmc.journey.* count them")
    public Map<String, Long> getEntryMetrics() {
        return metrics.snapshot();
    }

    EntryMetrics metrics() {
        return metrics;
    }

    @ManagedAttribute(description = "Token requests sent for this endpoint's credentials")
    public long getTokenRequestCount() {
        return apiClient != null ? apiClient.getTokenSource().getTokenRequestCount() : 0;
    }

    @ManagedAttribute(description = "When the cached access token expires")
    public String getTokenExpiresAt() {
        Instant expiresAt = apiClient != null ? apiClient.getTokenSource().getTokenExpiresAt() : null;
        return expiresAt != null ? expiresAt.toString() : null;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getRestUrl() != null ? configuration.getRestUrl() : resolveAuthUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("eventDefinitionKey", configuration.getEventDefinitionKey());
        if (configuration.getAccountId() != null) {
            metadata.put("accountId", configuration.getAccountId());
        }
        return metadata;
    }
}
