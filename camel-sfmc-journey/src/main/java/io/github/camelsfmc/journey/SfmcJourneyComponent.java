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
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import io.github.camelsfmc.journey.internal.api.DelayedTasks;
import io.github.camelsfmc.journey.internal.api.RequestThrottles;
import io.github.camelsfmc.journey.internal.auth.AccessTokenProviders;

/**
 * Creates sfmc-journey endpoints and owns the token cache they share: endpoints with the same credentials, business
 * unit and scope use one token.
 */
@Component("sfmc-journey")
public class SfmcJourneyComponent extends HealthCheckComponent {

    @Metadata
    private SfmcJourneyConfiguration configuration = new SfmcJourneyConfiguration();

    private final AccessTokenProviders tokenProviders = new AccessTokenProviders(Clock.systemUTC());
    private final RequestThrottles requestThrottles = new RequestThrottles();
    private ScheduledExecutorService scheduler;
    private DelayedTasks delayedTasks;

    public SfmcJourneyComponent() {}

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SfmcJourneyConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setEventDefinitionKey(remaining);
        SfmcJourneyEndpoint endpoint = new SfmcJourneyEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        EndpointConfigurationValidator.validate(endpoint.getConfiguration());
        return endpoint;
    }

    public SfmcJourneyConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The defaults shared by every endpoint of this component; an endpoint option overrides them.
     */
    public void setConfiguration(SfmcJourneyConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The token cache shared by this component's endpoints. */
    public AccessTokenProviders getTokenProviders() {
        return tokenProviders;
    }

    /** The request throttles shared by this component's endpoints, one per credentials. */
    public RequestThrottles getRequestThrottles() {
        return requestThrottles;
    }

    /**
     * The scheduler of retries and rate-limited calls: delays are waited here, never by sleeping on a route or HTTP
     * thread. Its tasks only start asynchronous calls, so one thread serves every endpoint.
     */
    synchronized DelayedTasks getDelayedTasks() {
        if (scheduler == null) {
            scheduler = getCamelContext()
                    .getExecutorServiceManager()
                    .newScheduledThreadPool(this, "SfmcJourneyScheduler", 1);
            delayedTasks = new DelayedTasks(scheduler);
        }
        return delayedTasks;
    }

    @Override
    protected void doStop() throws Exception {
        tokenProviders.clear();
        requestThrottles.clear();
        synchronized (this) {
            if (scheduler != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
                // retries and paced calls still waiting complete now, so no exchange waits for ever
                delayedTasks.abandonAll();
                scheduler = null;
                delayedTasks = null;
            }
        }
        super.doStop();
    }
}
