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
package io.github.camelsfmc.examples.kamelet;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts go in through kamelet:sfmc-journey-sink; the ones journey processing drops come out of
 * kamelet:sfmc-journey-status-source as JSON with SFMC's reason.
 */
class SfmcJourneyStatusSourceKameletTest {

    private static final String KEY = "Known-Contacts-Event";

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    CamelContext context;

    @BeforeEach
    void startRoutes() throws Exception {
        sim.simulator()
                .addJourney(Journey.builder(KEY)
                        .field(DataExtensionField.primaryKey("ContactKey", 50))
                        .knownContactsOnly("known-1")
                        .build());
        context = new DefaultCamelContext();
        Properties p = new Properties();
        p.put("sfmc.event-definition-key", KEY);
        p.put("sfmc.client-id", SfmcSimulator.DEFAULT_CLIENT_ID);
        p.put("sfmc.client-secret", SfmcSimulator.DEFAULT_CLIENT_SECRET);
        p.put("sfmc.auth-url", sim.baseUrl());
        p.put("sfmc.rest-url", sim.baseUrl());
        context.getPropertiesComponent().setInitialProperties(p);
        for (String routes :
                List.of("classpath:routes/contacts-to-journey.yaml", "classpath:routes/journey-outcomes.yaml")) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveMandatoryResource(context, routes));
        }
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        sim.simulator().removeJourney(KEY);
    }

    @Test
    void aContactJourneyProcessingDroppedComesOutAsJsonWithTheReason() throws Exception {
        MockEndpoint notEntered = context.getEndpoint("mock:not-entered", MockEndpoint.class);
        notEntered.expectedMessageCount(1);

        context.createProducerTemplate()
                .sendBody(
                        "direct:contacts", List.of(Map.of("ContactKey", "known-1"), Map.of("ContactKey", "stranger")));

        notEntered.assertIsSatisfied(20_000);
        String json = notEntered.getExchanges().get(0).getMessage().getBody(String.class);
        assertThat(json)
                .contains("\"contactKey\":\"stranger\"")
                .contains("\"status\":\"errored\"")
                .contains("UNKNOWN_CONTACT");
        assertThat(sim.simulator().entered(KEY)).extracting(e -> e.contactKey()).containsExactly("known-1");
    }
}
