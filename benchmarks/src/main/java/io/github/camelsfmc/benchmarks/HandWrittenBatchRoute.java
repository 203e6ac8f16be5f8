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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.apache.camel.Exchange;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;

/**
 * The batch baseline: the route a competent user writes for volume without the component. Camel's aggregator groups
 * contacts into batches of {@code batchSize}, a cached token and a hand-built body marshalled with Jackson go to
 * {@code POST /interaction/v1/async/events} through camel-http, at most {@code concurrency} batches in flight (fed by
 * the same {@link BatchFeedingRoute} as {@link BatchEntryRoute}, so the two differ only in what sends the batch).
 */
public final class HandWrittenBatchRoute extends BatchFeedingRoute {

    public static final String INPUT = "direct:hand-written-batch";

    private static final String CONTACTS = "contactsInBatch";

    public HandWrittenBatchRoute(
            SimulatorTarget target,
            int batchSize,
            int concurrency,
            ExecutorService batchExecutor,
            DeliveryCounter counter) {
        super(target, batchSize, concurrency, batchExecutor, counter);
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .process(e -> counter.failed(
                        e.getProperty(CONTACTS, 0, Integer.class),
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));

        batchesFrom(INPUT, "hand-written-batch", new GroupedBodyAggregationStrategy())
                .process(new CachedTokenProcessor(target))
                .process(HandWrittenBatchRoute::toBatchRequest)
                .marshal()
                .json(JsonLibrary.Jackson)
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to(target.baseUrl() + "/interaction/v1/async/events")
                .process(e -> counter.delivered(e.getProperty(CONTACTS, Integer.class)));
    }

    @SuppressWarnings("unchecked")
    private static void toBatchRequest(Exchange exchange) {
        List<Map<String, Object>> contacts = exchange.getMessage().getBody(List.class);
        List<Map<String, Object>> members = new ArrayList<>(contacts.size());
        for (Map<String, Object> contact : contacts) {
            Map<String, Object> data = new LinkedHashMap<>(contact);
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("contactKey", data.remove("ContactKey"));
            member.put("data", data);
            members.add(member);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("eventDefinitionKey", BenchmarkJourney.EVENT_DEFINITION_KEY);
        request.put("members", members);
        exchange.setProperty(CONTACTS, contacts.size());
        exchange.getMessage().setBody(request);
    }
}
