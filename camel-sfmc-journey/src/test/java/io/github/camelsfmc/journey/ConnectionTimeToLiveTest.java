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

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.SfmcSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code connectionTimeToLive} retires a connection by age, however busy it is, so a long-running route picks up DNS
 * changes of the SFMC hosts. The simulator's load balancer counts the TCP connections the component opens; its idle
 * timeout is far longer than the test, so it closes none of them.
 */
class ConnectionTimeToLiveTest {

    private static final int CONTACTS = 20;
    private static final long PAUSE_MILLIS = 100;

    private SfmcSimulator simulator;
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        simulator = SfmcSimulator.withDefaults()
                .idleConnectionTimeoutMillis(600_000)
                .start();
        context = new DefaultCamelContext();
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
        simulator.close();
    }

    @Test
    void contactsSentOverLongerThanTheTimeToLiveUseSeveralConnections() throws Exception {
        sendContactsOneByOne(uri("connectionTimeToLive=300"));

        // the sends are at least 100 ms apart, so a connection leased for at most 300 ms after it was opened carries
        // at most 4 of the 20 entry calls
        assertThat(simulator.acceptedConnections()).isGreaterThanOrEqualTo(CONTACTS / 4);
        assertThat(simulator.entryCount(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY))
                .isEqualTo(CONTACTS);
    }

    @Test
    void withoutATimeToLiveTheConnectionOfTheFirstContactCarriesAllTheOthers() throws Exception {
        String uri = uri("connectionTimeToLive=0");
        send(uri, "T-0");
        Thread.sleep(PAUSE_MILLIS);
        long openedForTheFirst = simulator.acceptedConnections();

        sendContactsOneByOne(uri);

        assertThat(simulator.acceptedConnections()).isEqualTo(openedForTheFirst);
        assertThat(simulator.entryCount(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY))
                .isEqualTo(CONTACTS + 1);
    }

    private void sendContactsOneByOne(String uri) throws InterruptedException {
        for (int i = 1; i <= CONTACTS; i++) {
            send(uri, "T-" + i);
            Thread.sleep(PAUSE_MILLIS);
        }
    }

    private void send(String uri, String contactKey) {
        Exchange result = template.request(uri, e -> e.getMessage().setBody(Map.of("ContactKey", contactKey)));
        assertThat(result.getException()).as(contactKey).isNull();
    }

    private String uri(String options) {
        return "sfmc-journey:" + SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY + "?clientId="
                + SfmcSimulator.DEFAULT_CLIENT_ID + "&clientSecret=RAW(" + SfmcSimulator.DEFAULT_CLIENT_SECRET
                + ")&authUrl=" + simulator.baseUrl() + "&preflight=off&validation=off&" + options;
    }
}
