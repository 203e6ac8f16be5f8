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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.apache.camel.spi.Registry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * Micrometer meters of one endpoint, tagged with its event definition key and role (producer or consumer). Each meter
 * is registered once and removed when the endpoint stops; endpoints whose meters have the same name and tags share
 * them, and the last of them to stop removes them. Only loaded when Micrometer is on the classpath: the component's
 * dependency on it is optional.
 */
final class MicrometerSink implements MeterSink {

    /** How many open sinks hold each meter, per registry: a shared meter stays until its last holder closes. */
    private static final Map<MeterRegistry, Map<Meter.Id, Integer>> HOLDERS = new WeakHashMap<>();

    private final MeterRegistry registry;
    private final Tags endpointTags;
    private final List<Meter> held = new ArrayList<>();
    private boolean closed;

    private MicrometerSink(MeterRegistry registry, String eventDefinitionKey, String role) {
        this.registry = registry;
        this.endpointTags = Tags.of("eventDefinitionKey", eventDefinitionKey, "role", role);
    }

    /**
     * Meters in the Camel registry's MeterRegistry, or none when it has none. Where there are several (a composite and
     * the registries it feeds), the composite one. Call only when Micrometer is present.
     */
    static MeterSink from(Registry camelRegistry, String eventDefinitionKey, String role) {
        Set<MeterRegistry> registries = camelRegistry.findByType(MeterRegistry.class);
        MeterRegistry registry = registries.stream()
                .filter(CompositeMeterRegistry.class::isInstance)
                .findFirst()
                .orElse(registries.size() == 1 ? registries.iterator().next() : null);
        return registry == null ? MeterSink.NONE : new MicrometerSink(registry, eventDefinitionKey, role);
    }

    @Override
    public LongConsumer counter(String name, String... tags) {
        Counter counter =
                hold(() -> Counter.builder(name).tags(endpointTags).tags(tags).register(registry));
        return counter == null ? amount -> {} : counter::increment;
    }

    @Override
    public Consumer<Duration> timer(String name, String... tags) {
        Timer timer =
                hold(() -> Timer.builder(name).tags(endpointTags).tags(tags).register(registry));
        return timer == null ? duration -> {} : timer::record;
    }

    @Override
    public void functionCounter(String name, LongSupplier count) {
        hold(() -> FunctionCounter.builder(name, count, LongSupplier::getAsLong)
                .tags(endpointTags)
                .register(registry));
    }

    /** Registers a meter (or finds the one another endpoint registered) and notes that this sink holds it. */
    private <M extends Meter> M hold(Supplier<M> register) {
        synchronized (HOLDERS) {
            if (closed) {
                return null;
            }
            M meter = register.get();
            held.add(meter);
            HOLDERS.computeIfAbsent(registry, r -> new HashMap<>()).merge(meter.getId(), 1, Integer::sum);
            return meter;
        }
    }

    @Override
    public void close() {
        synchronized (HOLDERS) {
            if (closed) {
                return;
            }
            closed = true;
            Map<Meter.Id, Integer> holders = HOLDERS.getOrDefault(registry, Map.of());
            for (Meter meter : held) {
                Integer left = holders.computeIfPresent(meter.getId(), (id, n) -> n > 1 ? n - 1 : null);
                if (left == null) {
                    registry.remove(meter);
                }
            }
            held.clear();
        }
    }
}
