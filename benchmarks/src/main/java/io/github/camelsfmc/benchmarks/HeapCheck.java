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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * Batch mode over a large number of contacts with the heap sampled after a full GC at intervals. The in-process
 * simulator keeps a record of every contact it admits, which is not the route's memory: it is cleared just before
 * each sample, so the samples show what the Camel side retains.
 */
public final class HeapCheck {

    private final SfmcSimulator sim;
    private final BenchmarkSettings settings;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    public HeapCheck(SfmcSimulator sim, BenchmarkSettings settings) {
        this.sim = sim;
        this.settings = settings;
    }

    public HeapResult run() throws Exception {
        int concurrency = BenchmarkSettings.TARGET_CONCURRENCY;
        long contacts = settings.heapContacts();
        sim.reset();
        DeliveryCounter counter = new DeliveryCounter();
        ExecutorService batchExecutor = ThroughputRunner.batchExecutor(concurrency);
        List<HeapResult.Sample> samples = new ArrayList<>();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new BatchEntryRoute(
                    SimulatorTarget.defaultClient(sim), settings.batchSize(), concurrency, batchExecutor, counter));
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            long start = System.nanoTime();
            Thread feeder = new Thread(
                    () -> {
                        for (long n = 0; n < contacts; n++) {
                            template.sendBody(BatchEntryRoute.INPUT, BenchmarkJourney.contact(n));
                        }
                    },
                    "heap-check-feeder");
            feeder.start();
            long intervalMillis = (long) (settings.heapSampleSeconds() * 1000);
            long deadline = start + TimeUnit.SECONDS.toNanos(60 + contacts / 100);
            while (counter.delivered() + counter.failed() < contacts) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Heap check: only " + counter.delivered() + " of " + contacts
                            + " contacts delivered in time");
                }
                Thread.sleep(intervalMillis);
                samples.add(sample(start, counter.delivered()));
            }
            feeder.join();
            double seconds = (System.nanoTime() - start) / 1e9;
            samples.add(sample(start, counter.delivered()));
            return new HeapResult(concurrency, contacts, counter.delivered(), seconds, samples);
        } finally {
            batchExecutor.shutdownNow();
            sim.reset();
        }
    }

    private HeapResult.Sample sample(long start, long contactsDone) {
        sim.reset();
        memory.gc();
        return new HeapResult.Sample(
                (System.nanoTime() - start) / 1e9,
                contactsDone,
                memory.getHeapMemoryUsage().getUsed());
    }
}
