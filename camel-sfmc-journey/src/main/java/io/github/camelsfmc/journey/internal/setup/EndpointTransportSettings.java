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
package io.github.camelsfmc.journey.internal.setup;

import java.time.Duration;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.ObjectHelper;

import io.github.camelsfmc.journey.SfmcJourneyConfiguration;
import io.github.camelsfmc.journey.SfmcJourneyHttpClientConfigurer;
import io.github.camelsfmc.journey.internal.http.TransportSettings;

/** Reads an endpoint's transport options into the {@link TransportSettings} its HTTP client is built and shared by. */
public final class EndpointTransportSettings {

    /** The pool size per host when maxConcurrentRequests sets no limit. */
    public static final int DEFAULT_MAX_CONNECTIONS = 20;

    private EndpointTransportSettings() {}

    /**
     * The pool holds as many connections per host as calls may be in flight: maxConcurrentRequests when set, else at
     * least batchConcurrency.
     *
     * @param globalSsl the CamelContext's SSLContextParameters when the component uses them, else null
     */
    public static TransportSettings of(SfmcJourneyConfiguration configuration, SSLContextParameters globalSsl) {
        int maxConnections = configuration.getMaxConcurrentRequests() > 0
                ? configuration.getMaxConcurrentRequests()
                : Math.max(configuration.getBatchConcurrency(), DEFAULT_MAX_CONNECTIONS);
        SSLContextParameters ssl =
                configuration.getSslContextParameters() != null ? configuration.getSslContextParameters() : globalSsl;
        TransportSettings.Proxy proxy = ObjectHelper.isEmpty(configuration.getProxyHost())
                ? null
                : new TransportSettings.Proxy(
                        configuration.getProxyHost(),
                        configuration.getProxyPort(),
                        ObjectHelper.isEmpty(configuration.getProxyUsername())
                                ? null
                                : configuration.getProxyUsername(),
                        configuration.getProxyPassword());
        SfmcJourneyHttpClientConfigurer configurer = configuration.getHttpClientConfigurer();
        TransportSettings.Customizer customizer = configurer == null
                ? null
                : new TransportSettings.Customizer(
                        configurer, configurer::configureHttpClient, configurer::configureConnectionManager);
        return new TransportSettings(
                Duration.ofMillis(configuration.getConnectTimeout()),
                Duration.ofMillis(configuration.getConnectionIdleTimeout()),
                Duration.ofMillis(configuration.getValidateAfterInactivity()),
                Duration.ofMillis(configuration.getConnectionTimeToLive()),
                maxConnections,
                ssl,
                proxy,
                customizer);
    }
}
