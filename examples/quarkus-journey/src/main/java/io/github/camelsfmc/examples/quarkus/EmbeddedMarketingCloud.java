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
package io.github.camelsfmc.examples.quarkus;

import java.util.Optional;

import org.apache.camel.quarkus.core.events.ComponentAddEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.github.camelsfmc.journey.SfmcJourneyComponent;
import io.github.camelsfmc.journey.SfmcJourneyConfiguration;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.quarkus.logging.Log;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Stands in for Marketing Cloud when {@code sfmc.simulator.enabled} is true (dev and test profiles) and no client id
 * is given in SFMC_CLIENT_ID: it starts the SFMC simulator in this JVM and points the sfmc-journey component at it.
 * <p>
 * It acts when Camel adds the component, before the route creates its endpoint, so the simulator's address (it may
 * listen on a random port) never has to be known in application.properties. It sets only authUrl and restUrl, which
 * application.properties leaves alone.
 */
@ApplicationScoped
public class EmbeddedMarketingCloud {

    private final boolean enabled;
    private final int port;
    private volatile SfmcSimulator simulator;

    public EmbeddedMarketingCloud(
            @ConfigProperty(name = "sfmc.simulator.enabled", defaultValue = "false") boolean simulatorEnabled,
            @ConfigProperty(name = "sfmc.simulator.port", defaultValue = "0") int port,
            @ConfigProperty(name = "SFMC_CLIENT_ID") Optional<String> realClientId) {
        this.enabled =
                simulatorEnabled && realClientId.filter(id -> !id.isBlank()).isEmpty();
        this.port = port;
    }

    void pointComponentAtSimulator(@Observes ComponentAddEvent event) {
        if (!enabled || !(event.getComponent() instanceof SfmcJourneyComponent component)) {
            return;
        }
        SfmcSimulator started = start();
        // the credentials are the simulator's through the defaults in application.properties
        SfmcJourneyConfiguration configuration = component.getConfiguration();
        configuration.setAuthUrl(started.baseUrl());
        configuration.setRestUrl(started.baseUrl());
        Log.infof(
                "No SFMC credentials set: using the embedded SFMC simulator at %s (entries: %s/_sim/journeys/%s/entries)",
                started.baseUrl(), started.baseUrl(), SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY);
    }

    /** The running simulator, for tests and for looking at what entered; empty when talking to real SFMC. */
    public Optional<SfmcSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    private synchronized SfmcSimulator start() {
        if (simulator == null) {
            simulator = SfmcSimulator.withDefaults().port(port).start();
        }
        return simulator;
    }

    @PreDestroy
    synchronized void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
