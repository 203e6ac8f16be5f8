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

import java.util.concurrent.TimeUnit;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The endpoint works by name from a YAML DSL route run by Camel Main, with options from property placeholders.
 */
class YamlRouteTest {

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    @Test
    void aYamlTimerRouteEntersItsContactsIntoTheJourney() throws Exception {
        Main main = new Main();
        main.configure().withRoutesIncludePattern("classpath:routes/timer-to-journey.yaml");
        main.addInitialProperty("sfmc.url", sim.baseUrl());
        main.addInitialProperty("sfmc.clientId", SfmcSimulator.DEFAULT_CLIENT_ID);
        main.addInitialProperty("sfmc.clientSecret", SfmcSimulator.DEFAULT_CLIENT_SECRET);
        main.addInitialProperty("sfmc.eventDefinitionKey", SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY);
        main.start();
        try {
            await().atMost(20, TimeUnit.SECONDS)
                    .until(() -> sim.simulator().entryCount(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY) == 5);
        } finally {
            main.stop();
        }

        assertThat(sim.simulator().entered(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY))
                .extracting(Entry::contactKey)
                .containsExactlyInAnyOrder("yaml-1", "yaml-2", "yaml-3", "yaml-4", "yaml-5");
        assertThat(sim.simulator().stats().tokenRequests()).isEqualTo(1);
    }

    @Test
    void credentialsAndUrlsCanBeSetOnceForTheComponentInApplicationProperties() throws Exception {
        Main main = new Main();
        main.configure().withRoutesIncludePattern("classpath:routes/component-configured.yaml");
        main.addInitialProperty("sfmc.eventDefinitionKey", SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY);
        main.addInitialProperty("camel.component.sfmc-journey.client-id", SfmcSimulator.DEFAULT_CLIENT_ID);
        main.addInitialProperty("camel.component.sfmc-journey.client-secret", SfmcSimulator.DEFAULT_CLIENT_SECRET);
        main.addInitialProperty("camel.component.sfmc-journey.auth-url", sim.baseUrl());
        main.addInitialProperty("camel.component.sfmc-journey.validation", "strict");
        main.start();
        try {
            await().atMost(20, TimeUnit.SECONDS)
                    .until(() -> sim.simulator().entryCount(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY) == 3);
        } finally {
            main.stop();
        }

        assertThat(sim.simulator().entered(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY))
                .extracting(Entry::contactKey)
                .containsExactlyInAnyOrder("component-1", "component-2", "component-3");
    }
}
