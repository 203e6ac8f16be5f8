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

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import io.github.camelsfmc.journey.model.SfmcJourneyException;

/** One contact per exchange, straight to sfmc-journey: the component's single-entry mode. */
public final class SingleEntryRoute extends RouteBuilder {

    public static final String INPUT = "direct:single";

    private final String sfmcJourneyUri;
    private final DeliveryCounter counter;

    public SingleEntryRoute(SimulatorTarget target, DeliveryCounter counter) {
        this(target.sfmcJourneyUri(""), counter);
    }

    public SingleEntryRoute(String sfmcJourneyUri, DeliveryCounter counter) {
        this.sfmcJourneyUri = sfmcJourneyUri;
        this.counter = counter;
    }

    @Override
    public void configure() {
        onException(SfmcJourneyException.class)
                .handled(true)
                .process(e -> counter.failed(1, e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));

        from(INPUT).routeId("sfmc-journey-single").to(sfmcJourneyUri).process(e -> counter.delivered(1));
    }
}
