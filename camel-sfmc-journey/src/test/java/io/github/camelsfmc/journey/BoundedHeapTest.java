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

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.SimulatedApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With a 256 MB heap, concurrent exchanges that each meet a 50 MB answer (entry, batch, and the preflight reads before
 * them) all fail with the cap's message, so do the status polls of a consumer meanwhile, and the heap stays small: each answer is read only up to its API's cap. The
 * build runs this class on its own JVM started with {@code -Xmx256m} (surefire execution bounded-heap-256m); elsewhere
 * it is skipped.
 */
class BoundedHeapTest extends SfmcJourneyTestSupport {

    private static final long MB = 1024 * 1024;
    private static final long OVERSIZED_ANSWER = 50 * MB;
    private static final int EXCHANGES_PER_KIND = 4;

    @Test
    void concurrentOversizedAnswersFailWithTheCapMessageAndTheHeapStaysBounded() throws Exception {
        assumeTrue(System.getProperty("sfmc.boundedHeap") != null, "runs in the bounded-heap-256m execution");
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256 * MB);
        for (SimulatedApi api : List.of(
                SimulatedApi.SINGLE_ENTRY,
                SimulatedApi.BATCH_ENTRY,
                SimulatedApi.EVENT_DEFINITION,
                SimulatedApi.INTERACTIONS,
                SimulatedApi.BATCH_STATUS)) {
            simulator().faults().hostile().oversizedBody(api, OVERSIZED_ANSWER);
        }
        List<Exception> failedPolls = new CopyOnWriteArrayList<>();
        List<Object> deliveredStatuses = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:failedPolls"));
                from(journeyUri(KEY, "settleTime=0&initialDelay=0&delay=200&bridgeErrorHandler=true"))
                        .process(e -> deliveredStatuses.add(e.getMessage().getBody()));
                from("direct:failedPolls")
                        .process(e -> failedPolls.add(e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
            }
        });
        String uri = journeyUri(KEY, "maximumRetries=0");
        List<CompletableFuture<Exchange>> exchanges = new ArrayList<>();
        for (int i = 0; i < EXCHANGES_PER_KIND; i++) {
            Map<String, Object> single = Map.of("ContactKey", "Heap-" + i);
            List<Map<String, Object>> batch =
                    List.of(Map.of("ContactKey", "Heap-b" + i), Map.of("ContactKey", "Heap-c" + i));
            exchanges.add(template.asyncSend(uri, e -> e.getMessage().setBody(single)));
            exchanges.add(template.asyncSend(uri, e -> e.getMessage().setBody(batch)));
        }

        for (CompletableFuture<Exchange> pending : exchanges) {
            Exchange exchange = pending.get(60, TimeUnit.SECONDS);
            assertThat(exchange.getException()).isInstanceOf(SfmcJourneyException.class);
            SfmcJourneyException failure = exchange.getException(SfmcJourneyException.class);
            assertThat(failure.getMessage()).contains("bytes, the cap for this API");
            assertThat(failure.isOutcomeUnknown()).isTrue();
            assertThat(failure.getUndeliveredContacts()).isNotEmpty();
        }
        await().atMost(30, TimeUnit.SECONDS).until(() -> !failedPolls.isEmpty());
        assertThat(failedPolls.get(0)).hasMessageContaining("bytes, the cap for this API");
        assertThat(deliveredStatuses).isEmpty();
        assertThat(heapUsedAfterGc()).isLessThan(96 * MB);
    }

    private static long heapUsedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
