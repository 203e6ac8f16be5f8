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

import java.util.List;
import java.util.concurrent.ExecutorService;

import org.apache.camel.Exchange;

import io.github.camelsfmc.journey.SfmcJourneyAggregationStrategy;
import io.github.camelsfmc.journey.SfmcJourneyConstants;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Single contacts aggregated into batches of {@code batchSize} with {@link SfmcJourneyAggregationStrategy}, then sent by
 * the component's batch producer, at most {@code concurrency} batches in flight (bounded as {@link BatchFeedingRoute}
 * explains: the producer is asynchronous).
 */
public final class BatchEntryRoute extends BatchFeedingRoute {

    public static final String INPUT = "direct:batch";

    private final String extraOptions;

    public BatchEntryRoute(
            SimulatorTarget target,
            int batchSize,
            int concurrency,
            ExecutorService batchExecutor,
            DeliveryCounter counter) {
        this(target, batchSize, concurrency, batchExecutor, counter, "");
    }

    /** @param extraOptions more endpoint options, "&amp;a=b...", e.g. {@code &validation=OFF} */
    public BatchEntryRoute(
            SimulatorTarget target,
            int batchSize,
            int concurrency,
            ExecutorService batchExecutor,
            DeliveryCounter counter,
            String extraOptions) {
        super(target, batchSize, concurrency, batchExecutor, counter);
        this.extraOptions = extraOptions;
    }

    @Override
    public void configure() {
        onException(SfmcJourneyException.class).handled(true).process(this::countFailure);

        batchesFrom(INPUT, "sfmc-journey-batch", new SfmcJourneyAggregationStrategy())
                .to(target.sfmcJourneyUri("&batchSize=" + batchSize + "&batchConcurrency=1" + extraOptions))
                .process(e ->
                        counter.delivered(e.getMessage().getHeader(SfmcJourneyConstants.QUEUED_COUNT, Long.class)));
    }

    private void countFailure(Exchange exchange) {
        SfmcJourneyException error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SfmcJourneyException.class);
        List<?> batch = exchange.getMessage().getBody(List.class);
        long undelivered = error.getUndeliveredContacts() != null
                ? error.getUndeliveredContacts().size()
                : batch.size();
        counter.delivered(batch.size() - undelivered);
        counter.failed(undelivered, error);
    }
}
