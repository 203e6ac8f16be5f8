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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs one {@link CpuVariant} against the simulator process, in a fresh CamelContext: first C requests' worth of
 * contacts (the start-up: token, connections, preflight), then contacts for a fixed time, measuring this JVM's process
 * CPU time over the timed part. Everything in this JVM is the route's: the simulator runs in another process.
 */
public final class CpuRunner {

    private final SimulatorProcess sim;
    private final int concurrency;
    private final int batchSize;
    private final ProcessCpu cpu = new ProcessCpu();

    public CpuRunner(SimulatorProcess sim, int concurrency, int batchSize) {
        this.sim = sim;
        this.concurrency = concurrency;
        this.batchSize = batchSize;
    }

    public CpuRun run(CpuVariant variant, long latencyMillis, double seconds) throws Exception {
        sim.latencyMillis(latencyMillis);
        sim.reset();
        DeliveryCounter counter = new DeliveryCounter();
        SimulatorTarget target = sim.target();
        ExecutorService batchExecutor = ThroughputRunner.batchExecutor(concurrency);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getShutdownStrategy().setTimeout(30);
            String input = addRoute(camel, variant, target, batchExecutor, counter);
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            int callers = variant.isBatch() ? 1 : concurrency;
            int unit = variant.contactsPerRequest(batchSize);

            long startupContacts = (long) concurrency * unit;
            long startupBegan = System.nanoTime();
            long sentAtStartup = send(template, input, callers, 0, unit, Long.MAX_VALUE, startupContacts);
            awaitOutcomes(counter, variant, sentAtStartup);
            double startupMillis = (System.nanoTime() - startupBegan) / 1e6;
            long deliveredAtStart = counter.delivered();

            System.gc(); // what earlier runs left behind is not this run's to collect
            long cpuBefore = cpu.totalNanos();
            long jitBefore = cpu.jitCompilerNanos();
            long began = System.nanoTime();
            long deadline = began + (long) (seconds * 1e9);
            long sent = send(template, input, callers, sentAtStartup, unit, deadline, Long.MAX_VALUE);
            awaitOutcomes(counter, variant, sentAtStartup + sent);
            long cpuNanos = cpu.totalNanos() - cpuBefore;
            long jitNanos = cpu.jitCompilerNanos() - jitBefore;
            double elapsed = (System.nanoTime() - began) / 1e9;
            if (counter.failed() > 0) {
                System.err.println(variant.label() + ": " + counter.failed() + " contacts failed, first: "
                        + counter.firstFailure());
            }
            return new CpuRun(
                    variant,
                    latencyMillis,
                    sent,
                    cpuNanos,
                    jitNanos,
                    elapsed,
                    startupMillis,
                    counter.delivered() - deliveredAtStart,
                    counter.failed(),
                    sim.contactsEntered(),
                    sentAtStartup);
        } finally {
            batchExecutor.shutdownNow();
        }
    }

    private String addRoute(
            CamelContext camel,
            CpuVariant variant,
            SimulatorTarget target,
            ExecutorService batchExecutor,
            DeliveryCounter counter)
            throws Exception {
        switch (variant) {
            case BATCH_STRICT -> {
                camel.addRoutes(new BatchEntryRoute(
                        target, batchSize, concurrency, batchExecutor, counter, "&validation=STRICT"));
                return BatchEntryRoute.INPUT;
            }
            case BATCH_OFF -> {
                camel.addRoutes(
                        new BatchEntryRoute(target, batchSize, concurrency, batchExecutor, counter, "&validation=OFF"));
                return BatchEntryRoute.INPUT;
            }
            case HAND_WRITTEN_BATCH -> {
                camel.addRoutes(new HandWrittenBatchRoute(target, batchSize, concurrency, batchExecutor, counter));
                return HandWrittenBatchRoute.INPUT;
            }
            case SINGLE -> {
                camel.addRoutes(new SingleEntryRoute(target, counter));
                return SingleEntryRoute.INPUT;
            }
            case HAND_WRITTEN -> {
                camel.addRoutes(new HandWrittenEntryRoute(target, counter));
                return HandWrittenEntryRoute.INPUT;
            }
            default -> throw new IllegalArgumentException(variant.name());
        }
    }

    private void awaitOutcomes(DeliveryCounter counter, CpuVariant variant, long contacts) throws InterruptedException {
        if (!counter.awaitOutcomes(contacts, 30 + contacts / 100, TimeUnit.SECONDS)) {
            throw new IllegalStateException(variant.label() + ": only " + (counter.delivered() + counter.failed())
                    + " of " + contacts + " contacts had an outcome in time");
        }
    }

    /**
     * Sends contacts numbered from {@code first} from {@code callers} threads, whole requests' worth ({@code unit}) at a
     * time, until {@code limit} contacts are sent or the deadline has passed; returns how many were sent.
     */
    private static long send(
            ProducerTemplate template, String input, int callers, long first, int unit, long deadline, long limit)
            throws Exception {
        AtomicLong reserved = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long from = reserved.getAndAdd(unit);
                        if (from >= limit) {
                            return null;
                        }
                        for (long n = from; n < from + unit; n++) {
                            template.sendBody(input, BenchmarkJourney.contact(first + n));
                        }
                        sent.addAndGet(unit);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return sent.get();
    }
}
