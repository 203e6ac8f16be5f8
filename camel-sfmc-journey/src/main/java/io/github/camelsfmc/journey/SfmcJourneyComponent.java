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
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

import io.github.camelsfmc.journey.internal.api.RequestThrottles;
import io.github.camelsfmc.journey.internal.auth.AccessTokenProviders;
import io.github.camelsfmc.journey.internal.auth.TokenBackoff;
import io.github.camelsfmc.journey.internal.http.AsyncClientFactory;
import io.github.camelsfmc.journey.internal.http.DelayedTasks;
import io.github.camelsfmc.journey.internal.http.HttpTransports;
import io.github.camelsfmc.journey.internal.setup.EndpointConfigurationValidator;

/**
 * Creates sfmc-journey endpoints and owns what they share: the token cache (endpoints with the same credentials,
 * business unit and scope use one token) and the HTTP clients (endpoints with the same transport options use one
 * connection pool).
 */
@Component("sfmc-journey")
public class SfmcJourneyComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata
    private SfmcJourneyConfiguration configuration = new SfmcJourneyConfiguration();

    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;

    @Metadata(
            label = "advanced",
            description = "The thread pool on which a route continues after SFMC answered (or a call failed). By"
                    + " default a pool of Camel's default thread pool profile, named SfmcJourneyCallbacks and shut down"
                    + " with the component; never the HTTP client's I/O threads, which a slow route step would stall.")
    private ExecutorService callbackExecutorService;

    private ExecutorService ownCallbackExecutor;
    private AccessTokenProviders tokenProviders = new AccessTokenProviders(Clock.systemUTC(), TokenBackoff.DEFAULT);
    private final RequestThrottles requestThrottles = new RequestThrottles();
    private HttpTransports httpTransports;
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

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Whether endpoints without sslContextParameters use the CamelContext's global SSLContextParameters.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /** The global SSLContextParameters when useGlobalSslContextParameters is on, else null. */
    SSLContextParameters globalSslContextParameters() {
        return retrieveGlobalSslContextParameters();
    }

    public ExecutorService getCallbackExecutorService() {
        return callbackExecutorService;
    }

    /**
     * The thread pool on which a route continues after SFMC answered. Set it to share a pool of your own; the
     * component does not shut down a pool it did not create.
     */
    public void setCallbackExecutorService(ExecutorService callbackExecutorService) {
        this.callbackExecutorService = callbackExecutorService;
    }

    /**
     * Where producers complete their exchanges: the configured pool, else one the component creates on first use. A
     * task the pool refuses (it is full or shutting down) runs on the calling thread: an exchange is never left
     * waiting.
     */
    synchronized Executor callbackExecutor() {
        ExecutorService pool = callbackExecutorService;
        if (pool == null) {
            if (ownCallbackExecutor == null) {
                ExecutorServiceManager manager = getCamelContext().getExecutorServiceManager();
                ThreadPoolProfile profile =
                        manager.getDefaultThreadPoolProfile().clone();
                profile.setId("SfmcJourneyCallbacks");
                profile.setDefaultProfile(false);
                profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
                ownCallbackExecutor = manager.newThreadPool(this, "SfmcJourneyCallbacks", profile);
            }
            pool = ownCallbackExecutor;
        }
        ExecutorService target = pool;
        return task -> {
            try {
                target.execute(task);
            } catch (RejectedExecutionException refused) {
                task.run();
            }
        };
    }

    /** Replaces the token cache by one that reads time from {@code clock}: for tests that move time on. */
    void useTokenClock(Clock clock, TokenBackoff backoff) {
        tokenProviders = new AccessTokenProviders(clock, backoff);
    }

    /** The HTTP clients of this component's endpoints, one per distinct transport configuration. */
    synchronized HttpTransports getHttpTransports() {
        if (httpTransports == null) {
            httpTransports = new HttpTransports(new AsyncClientFactory(getCamelContext())::create);
        }
        return httpTransports;
    }

    /** The token cache shared by this component's endpoints. */
    AccessTokenProviders getTokenProviders() {
        return tokenProviders;
    }

    /** The request throttles shared by this component's endpoints, one per credentials. */
    RequestThrottles getRequestThrottles() {
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
            if (httpTransports != null) {
                httpTransports.closeAll();
            }
            if (scheduler != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
                // retries, paced calls and reconciliations still waiting complete now, so no exchange waits for ever
                delayedTasks.abandonAll();
                scheduler = null;
                delayedTasks = null;
            }
            if (ownCallbackExecutor != null) {
                // exchanges whose answer already arrived, and those abandoned above, still complete before the pool
                // goes
                getCamelContext().getExecutorServiceManager().shutdownGraceful(ownCallbackExecutor);
                ownCallbackExecutor = null;
            }
        }
        super.doStop();
    }
}
