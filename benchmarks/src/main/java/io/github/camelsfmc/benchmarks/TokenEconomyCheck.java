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
package io.github.camelsfmc.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * Two sets of credentials, each with concurrent callers, through short-lived tokens: the simulator must see one token
 * request per token lifetime per credentials, however many requests and callers share it.
 */
public final class TokenEconomyCheck {

    public static final String SECOND_CLIENT_ID = "bench-client-2";
    public static final String SECOND_CLIENT_SECRET = "bench-secret-2";

    private static final int CALLERS_PER_CREDENTIALS = 2;

    private final SfmcSimulator sim;
    private final BenchmarkSettings settings;

    public TokenEconomyCheck(SfmcSimulator sim, BenchmarkSettings settings) {
        this.sim = sim;
        this.settings = settings;
    }

    public TokenEconomyResult run() throws Exception {
        List<SimulatorTarget> credentials = List.of(
                SimulatorTarget.defaultClient(sim),
                new SimulatorTarget(sim.baseUrl(), SECOND_CLIENT_ID, SECOND_CLIENT_SECRET));
        int lifetimeBefore = sim.tokenLifetimeSeconds();
        sim.tokenLifetimeSeconds(settings.tokenLifetimeSeconds());
        sim.reset();
        DeliveryCounter counter = new DeliveryCounter();
        LongAdder sent = new LongAdder();
        try (CamelContext camel = new DefaultCamelContext()) {
            for (int i = 0; i < credentials.size(); i++) {
                String input = "direct:token-economy-" + i;
                String uri = credentials
                        .get(i)
                        .sfmcJourneyUri("&tokenRefreshMarginSeconds=" + settings.tokenRefreshMarginSeconds());
                camel.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                    @Override
                    public void configure() {
                        from(input).to(uri).process(e -> counter.delivered(1));
                    }
                });
            }
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            long start = System.nanoTime();
            long end = start + (long) (settings.tokenPhaseSeconds() * 1e9);
            ExecutorService callers = Executors.newFixedThreadPool(credentials.size() * CALLERS_PER_CREDENTIALS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < credentials.size(); i++) {
                    String input = "direct:token-economy-" + i;
                    for (int c = 0; c < CALLERS_PER_CREDENTIALS; c++) {
                        running.add(callers.submit(() -> {
                            while (System.nanoTime() < end) {
                                sent.increment();
                                template.sendBody(input, BenchmarkJourney.contact(sent.sum()));
                            }
                        }));
                    }
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                callers.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new TokenEconomyResult(
                    credentials.size(),
                    CALLERS_PER_CREDENTIALS,
                    seconds,
                    settings.tokenLifetimeSeconds(),
                    settings.tokenRefreshMarginSeconds(),
                    counter.delivered(),
                    sim.stats().tokenRequests());
        } finally {
            sim.tokenLifetimeSeconds(lifetimeBefore);
        }
    }
}
