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

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

/**
 * A Camel context per test, against a simulator per test class that is reset before each test.
 */
abstract class SfmcJourneyTestSupport {

    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    CamelContext context;
    ProducerTemplate template;

    @BeforeEach
    void startCamel() throws Exception {
        context = new DefaultCamelContext();
        RouteBuilder routes = routes();
        if (routes != null) {
            context.addRoutes(routes);
        }
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    /** Routes for the test, or null to use only {@link #template} with endpoint URIs. */
    RouteBuilder routes() {
        return null;
    }

    SfmcSimulator simulator() {
        return sim.simulator();
    }

    /** An endpoint URI for {@code key} pointed at the simulator, with extra options appended. */
    static String journeyUri(String key, String extraOptions) {
        return "sfmc-journey:" + key + "?clientId=" + SfmcSimulator.DEFAULT_CLIENT_ID + "&clientSecret=RAW("
                + SfmcSimulator.DEFAULT_CLIENT_SECRET + ")&authUrl=" + sim.baseUrl()
                + (extraOptions == null || extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }

    static String journeyUri() {
        return journeyUri(KEY, null);
    }
}
