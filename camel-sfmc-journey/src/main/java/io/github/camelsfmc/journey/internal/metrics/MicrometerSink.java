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
package io.github.camelsfmc.journey.internal.metrics;

import java.time.Duration;
import java.util.Set;
import java.util.function.LongSupplier;

import org.apache.camel.spi.Registry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * Micrometer meters of one endpoint, tagged with its event definition key. Only loaded when Micrometer is on the
 * classpath: the component's dependency on it is optional.
 */
final class MicrometerSink implements MeterSink {

    private final MeterRegistry registry;
    private final Tags endpointTags;

    private MicrometerSink(MeterRegistry registry, String eventDefinitionKey) {
        this.registry = registry;
        this.endpointTags = Tags.of("eventDefinitionKey", eventDefinitionKey);
    }

    /**
     * Meters in the Camel registry's MeterRegistry, or none when it has none. Where there are several (a composite and
     * the registries it feeds), the composite one. Call only when Micrometer is present.
     */
    static MeterSink from(Registry camelRegistry, String eventDefinitionKey) {
        Set<MeterRegistry> registries = camelRegistry.findByType(MeterRegistry.class);
        MeterRegistry registry = registries.stream()
                .filter(CompositeMeterRegistry.class::isInstance)
                .findFirst()
                .orElse(registries.size() == 1 ? registries.iterator().next() : null);
        return registry == null ? MeterSink.NONE : new MicrometerSink(registry, eventDefinitionKey);
    }

    @Override
    public void count(String name, long amount, String... tags) {
        Counter.builder(name).tags(endpointTags).tags(tags).register(registry).increment(amount);
    }

    @Override
    public void time(String name, Duration duration, String... tags) {
        Timer.builder(name).tags(endpointTags).tags(tags).register(registry).record(duration);
    }

    @Override
    public void functionCounter(String name, LongSupplier count) {
        FunctionCounter.builder(name, count, supplier -> supplier.getAsLong())
                .tags(endpointTags)
                .register(registry);
    }
}
