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
package io.github.camelsfmc.journey.quarkus.it;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;

/** Enters the customer of every placed order into the welcome journey, one order or a whole list at a time. */
public class OrderJourneyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:order-placed")
                .routeId("order-placed")
                .process(exchange -> exchange.getMessage()
                        .setBody(JourneyContact.of(exchange.getMessage().getMandatoryBody(Order.class))))
                .to("sfmc-journey:{{sfmc.event-definition-key}}");

        from("direct:orders-imported")
                .routeId("orders-imported")
                .process(exchange -> exchange.getMessage()
                        .setBody(contactsOf(exchange.getMessage().getMandatoryBody(List.class))))
                .to("sfmc-journey:{{sfmc.event-definition-key}}");
    }

    private static List<JourneyContact> contactsOf(List<?> orders) {
        return orders.stream().map(Order.class::cast).map(JourneyContact::of).toList();
    }
}
