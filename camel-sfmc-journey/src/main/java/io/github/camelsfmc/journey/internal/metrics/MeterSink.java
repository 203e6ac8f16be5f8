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
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Where {@link EntryMetrics} sends its measurements. Each meter is asked for once and then fed through the handle it
 * returned; {@link #close()} removes the sink's meters again.
 */
public interface MeterSink extends AutoCloseable {

    MeterSink NONE = new MeterSink() {};

    /** The counter of this name and tags (name, value pairs): the returned handle adds to it. */
    default LongConsumer counter(String name, String... tags) {
        return amount -> {};
    }

    /** The timer of this name and tags (name, value pairs): the returned handle records a duration. */
    default Consumer<Duration> timer(String name, String... tags) {
        return duration -> {};
    }

    /** A counter whose value is read from {@code count} when the registry is read. */
    default void functionCounter(String name, LongSupplier count) {}

    /** Removes the meters of this sink from where they were registered; later handles are no-ops. */
    @Override
    default void close() {}
}
