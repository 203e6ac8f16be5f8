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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.SimulatorStats;

/**
 * Runs one variant at one concurrency against the simulator, each in a fresh CamelContext (so each run starts with no
 * cached token and its token requests can be counted on their own).
 */
public final class ThroughputRunner {

    private final SfmcSimulator sim;
    private final BenchmarkSettings settings;

    public ThroughputRunner(SfmcSimulator sim, BenchmarkSettings settings) {
        this.sim = sim;
        this.settings = settings;
    }

    public RunResult run(Variant variant, int concurrency, long contacts) throws Exception {
        sim.reset();
        DeliveryCounter counter = new DeliveryCounter();
        SimulatorTarget target = SimulatorTarget.defaultClient(sim);
        ExecutorService batchExecutor = batchExecutor(concurrency);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getShutdownStrategy().setTimeout(30);
            String input = switch (variant) {
                case SINGLE -> {
                    camel.addRoutes(new SingleEntryRoute(target, counter));
                    yield SingleEntryRoute.INPUT;
                }
                case BATCH -> {
                    camel.addRoutes(
                            new BatchEntryRoute(target, settings.batchSize(), concurrency, batchExecutor, counter));
                    yield BatchEntryRoute.INPUT;
                }
                case HAND_WRITTEN -> {
                    camel.addRoutes(new HandWrittenEntryRoute(target, counter));
                    yield HandWrittenEntryRoute.INPUT;
                }
                case HAND_WRITTEN_BATCH -> {
                    camel.addRoutes(new HandWrittenBatchRoute(
                            target, settings.batchSize(), concurrency, batchExecutor, counter));
                    yield HandWrittenBatchRoute.INPUT;
                }
            };
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            // the batch route is fed by one thread: its concurrency is the batches in flight, not the callers
            int callers = variant.isBatch() ? 1 : concurrency;
            // What a route does once, when it starts (the token, its first C connections, and for sfmc-journey the
            // journey preflight), is timed on its own: the targets are about the throughput of a running route, and
            // a 10-second run would otherwise charge a one-time cost to every request.
            long startupContacts = (long) concurrency * variant.contactsPerRequest(settings.batchSize());
            long startupBegan = System.nanoTime();
            send(template, input, callers, 0, startupContacts);
            awaitOutcomes(counter, variant, concurrency, startupContacts);
            double startupSeconds = (System.nanoTime() - startupBegan) / 1e9;
            long deliveredAtStart = counter.delivered();
            long start = System.nanoTime();
            send(template, input, callers, startupContacts, startupContacts + contacts);
            awaitOutcomes(counter, variant, concurrency, startupContacts + contacts);
            double seconds = (System.nanoTime() - start) / 1e9;
            SimulatorStats stats = sim.stats();
            if (counter.failed() > 0) {
                System.err.println(variant.label() + " C=" + concurrency + ": " + counter.failed()
                        + " contacts failed, first: " + counter.firstFailure());
            }
            return new RunResult(
                    variant,
                    concurrency,
                    startupContacts,
                    startupSeconds,
                    contacts,
                    counter.delivered() - deliveredAtStart,
                    counter.failed(),
                    sim.entryCount(BenchmarkJourney.EVENT_DEFINITION_KEY),
                    seconds,
                    stats.tokenRequests(),
                    stats.entryRequests(),
                    settings.theoreticalLimit(concurrency, variant.contactsPerRequest(settings.batchSize())));
        } finally {
            batchExecutor.shutdownNow();
        }
    }

    /** C threads and a queue of C batches; when both are busy the feeding thread sends the batch itself (back-pressure). */
    static ExecutorService batchExecutor(int concurrency) {
        return new ThreadPoolExecutor(
                concurrency,
                concurrency,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(concurrency),
                ThroughputRunner::batchSenderThread,
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    private static Thread batchSenderThread(Runnable task) {
        Thread thread = new Thread(task, "batch-sender");
        thread.setDaemon(true);
        return thread;
    }

    private static void awaitOutcomes(DeliveryCounter counter, Variant variant, int concurrency, long contacts)
            throws InterruptedException {
        if (!counter.awaitOutcomes(contacts, 10 + contacts / 100, TimeUnit.SECONDS)) {
            throw new IllegalStateException(variant.label() + " C=" + concurrency + ": only "
                    + (counter.delivered() + counter.failed()) + " of " + contacts
                    + " contacts had an outcome in time");
        }
    }

    /** Sends the contacts numbered {@code from} (inclusive) to {@code to} (exclusive) from {@code callers} threads. */
    private static void send(ProducerTemplate template, String input, int callers, long from, long to)
            throws Exception {
        AtomicLong next = new AtomicLong(from);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    for (long n = next.getAndIncrement(); n < to; n = next.getAndIncrement()) {
                        template.sendBody(input, BenchmarkJourney.contact(n));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
