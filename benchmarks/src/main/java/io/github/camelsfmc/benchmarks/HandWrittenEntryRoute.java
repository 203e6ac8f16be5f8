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

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The baseline: the route a user writes without the component. A cached token, the entry event built by hand and
 * marshalled with Jackson, one POST /interaction/v1/events per contact through camel-http.
 */
public final class HandWrittenEntryRoute extends RouteBuilder {

    public static final String INPUT = "direct:hand-written";

    private final SimulatorTarget target;
    private final DeliveryCounter counter;

    public HandWrittenEntryRoute(SimulatorTarget target, DeliveryCounter counter) {
        this.target = target;
        this.counter = counter;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .process(e -> counter.failed(1, e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));

        from(INPUT)
                .routeId("hand-written-camel-http")
                .process(new CachedTokenProcessor(target))
                .process(HandWrittenEntryRoute::toEntryEvent)
                .marshal()
                .json(JsonLibrary.Jackson)
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to(target.baseUrl() + "/interaction/v1/events")
                .process(e -> counter.delivered(1));
    }

    @SuppressWarnings("unchecked")
    private static void toEntryEvent(Exchange exchange) {
        Map<String, Object> data = new LinkedHashMap<>(exchange.getMessage().getBody(Map.class));
        Object contactKey = data.remove("ContactKey");
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("ContactKey", contactKey);
        event.put("EventDefinitionKey", BenchmarkJourney.EVENT_DEFINITION_KEY);
        event.put("Data", data);
        exchange.getMessage().setBody(event);
    }
}
