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

import java.util.concurrent.ExecutorService;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ProcessorDefinition;

/**
 * What the two batch routes share, so that they differ only in what sends a batch: single contacts aggregated into
 * batches of {@code batchSize} on the given executor, at most {@code concurrency} batches in flight.
 * <p>
 * A sender that is asynchronous frees the aggregator's thread at once, so the executor alone would not bound the
 * batches in flight: {@code throttle(C)} in concurrent-requests mode holds a permit per batch until SFMC answers, and
 * the executor ({@code C} threads, a queue of {@code C}, caller runs when full) then pushes back on whoever feeds the
 * route, so memory stays bounded however many contacts are sent.
 */
abstract class BatchFeedingRoute extends RouteBuilder {

    protected final SimulatorTarget target;
    protected final int batchSize;
    protected final int concurrency;
    protected final DeliveryCounter counter;
    private final ExecutorService batchExecutor;

    BatchFeedingRoute(
            SimulatorTarget target,
            int batchSize,
            int concurrency,
            ExecutorService batchExecutor,
            DeliveryCounter counter) {
        this.target = target;
        this.batchSize = batchSize;
        this.concurrency = concurrency;
        this.batchExecutor = batchExecutor;
        this.counter = counter;
    }

    /** The contacts sent to {@code input}, as batches aggregated by {@code strategy}, ready to be sent. */
    protected ProcessorDefinition<?> batchesFrom(String input, String routeId, AggregationStrategy strategy) {
        return from(input)
                .routeId(routeId)
                .aggregate(constant(true), strategy)
                .completionSize(batchSize)
                .completionTimeout(1000)
                .forceCompletionOnStop()
                .parallelProcessing()
                .executorService(batchExecutor)
                .throttle(concurrency)
                .concurrentRequestsMode();
    }
}
