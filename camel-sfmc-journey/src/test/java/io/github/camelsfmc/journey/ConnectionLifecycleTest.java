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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Connections against a load balancer that closes idle keep-alive connections, and what a stopped CamelContext leaves
 * behind.
 */
class ConnectionLifecycleTest {

    private static final long LOAD_BALANCER_IDLE_MILLIS = 100;

    private SfmcSimulator simulator;

    @AfterEach
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void contactsSentAtTheLoadBalancersIdleTimeoutAreAllEnteredOnceWithoutUnknownOutcomes() throws Exception {
        simulator = SfmcSimulator.withDefaults()
                .idleConnectionTimeoutMillis(LOAD_BALANCER_IDLE_MILLIS)
                .start();
        CamelContext context = new DefaultCamelContext();
        context.start();
        try {
            // below the load balancer's idle timeout, as docs/reliability.md asks
            String uri = uri("preflight=off&validation=off&connectionIdleTimeout=" + LOAD_BALANCER_IDLE_MILLIS / 2);
            List<String> unknownOutcomes = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            long next = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                String key = "C-" + i;
                Exchange result = context.createFluentProducerTemplate()
                        .to(uri)
                        .withBody(Map.of("ContactKey", key))
                        .send();
                if (result.getException() instanceof io.github.camelsfmc.journey.model.SfmcJourneyException e
                        && e.isOutcomeUnknown()) {
                    unknownOutcomes.add(key + ": " + e.getMessage());
                } else if (result.getException() != null) {
                    failures.add(key + ": " + result.getException());
                }
                next += Duration.ofMillis(LOAD_BALANCER_IDLE_MILLIS).toNanos();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }

            assertThat(unknownOutcomes).isEmpty();
            assertThat(failures).isEmpty();
            List<String> entered = simulator.entered(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY).stream()
                    .map(Entry::contactKey)
                    .toList();
            assertThat(entered).hasSize(200).doesNotHaveDuplicates();
        } finally {
            context.stop();
        }
    }

    @Test
    void startingAndStoppingTheContextTwentyTimesLeavesNoHttpThreadsAndNoOpenConnections() throws Exception {
        // the load balancer here only counts connections: its idle timeout is far longer than the test
        simulator = SfmcSimulator.withDefaults()
                .idleConnectionTimeoutMillis(600_000)
                .start();

        for (int cycle = 0; cycle < 20; cycle++) {
            CamelContext context = new DefaultCamelContext();
            context.start();
            Exchange result = context.createFluentProducerTemplate()
                    .to(uri("preflight=off&validation=off"))
                    .withBody(Map.of("ContactKey", "C-" + cycle))
                    .send();
            assertThat(result.getException()).isNull();
            assertThat(httpThreads()).isNotEmpty();
            context.stop();
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(httpThreads()).isEmpty();
            assertThat(simulator.openConnections()).isZero();
        });
        assertThat(simulator.entryCount(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY))
                .isEqualTo(20);
    }

    /** The I/O and idle-eviction threads of the component's HTTP clients. */
    private static List<String> httpThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.contains("SfmcJourneyHttpIO") || name.startsWith("idle-connection-evictor"))
                .toList();
    }

    private String uri(String options) {
        return "sfmc-journey:" + SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY + "?clientId="
                + SfmcSimulator.DEFAULT_CLIENT_ID + "&clientSecret=RAW(" + SfmcSimulator.DEFAULT_CLIENT_SECRET
                + ")&authUrl=" + simulator.baseUrl() + "&" + options;
    }
}
