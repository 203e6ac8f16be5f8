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
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A YAML route sends contacts to kamelet:sfmc-journey-sink, loaded from classpath:kamelets like Camel does by default. */
class SfmcJourneySinkKameletTest {

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    CamelContext context;
    ProducerTemplate producer;

    @BeforeEach
    void startRoute() throws Exception {
        context = new DefaultCamelContext();
        Properties p = new Properties();
        p.put("sfmc.event-definition-key", SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY);
        p.put("sfmc.client-id", SfmcSimulator.DEFAULT_CLIENT_ID);
        p.put("sfmc.client-secret", SfmcSimulator.DEFAULT_CLIENT_SECRET);
        p.put("sfmc.auth-url", sim.baseUrl());
        p.put("sfmc.rest-url", sim.baseUrl());
        context.getPropertiesComponent().setInitialProperties(p);
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(
                        ResourceHelper.resolveMandatoryResource(context, "classpath:routes/contacts-to-journey.yaml"));
        context.start();
        producer = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aJsonContactSentToTheKameletEntersTheJourney() {
        producer.sendBody(
                "direct:contacts", "{\"ContactKey\":\"K-1\",\"FirstName\":\"Ann\",\"Email\":\"ann@example.com\"}");

        List<Entry> entered = sim.simulator().entered(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY);
        assertThat(entered).extracting(Entry::contactKey).containsExactly("K-1");
        assertThat(entered.get(0).data()).containsEntry("FirstName", "Ann").containsEntry("Email", "ann@example.com");
    }

    @Test
    void aListOfContactsIsEnteredInOneBatchRequest() {
        producer.sendBody(
                "direct:contacts",
                List.of(Map.of("ContactKey", "B-1"), Map.of("ContactKey", "B-2"), Map.of("ContactKey", "B-3")));

        assertThat(sim.simulator().entered(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY))
                .extracting(Entry::contactKey)
                .containsExactlyInAnyOrder("B-1", "B-2", "B-3");
        assertThat(sim.simulator().stats().batchEventRequests()).isEqualTo(1);
    }
}
