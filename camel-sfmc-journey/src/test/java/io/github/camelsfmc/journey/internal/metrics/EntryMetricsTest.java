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
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link EntryMetrics} asks its sink for each meter once, however often it counts, and closes the sink. */
class EntryMetricsTest {

    @Test
    void eachMeterIsAskedForOnceHoweverOftenItCounts() {
        RecordingSink sink = new RecordingSink();
        EntryMetrics metrics = new EntryMetrics(sink);

        for (int i = 0; i < 1000; i++) {
            metrics.contacts(EntryMetrics.Outcome.QUEUED, 2);
            metrics.request("/interaction/v1/events", 201, Duration.ofMillis(5));
            metrics.retry("/interaction/v1/events");
            metrics.validationFinding("schema");
        }

        assertThat(sink.meters)
                .containsExactlyInAnyOrder(
                        "counter sfmc.journey.contacts [outcome, queued]",
                        "counter sfmc.journey.requests [api, events, status, 2xx]",
                        "timer sfmc.journey.request.duration [api, events]",
                        "counter sfmc.journey.retries [api, events]",
                        "counter sfmc.journey.validation.findings [kind, schema]");
        assertThat(sink.counted).isEqualTo(2000 + 1000 + 1000 + 1000);
        assertThat(sink.timed).isEqualTo(1000);
        assertThat(metrics.count("contacts.queued")).isEqualTo(2000);
    }

    @Test
    void closingRemovesTheMetersAndKeepsTheCounts() {
        RecordingSink sink = new RecordingSink();
        EntryMetrics metrics = new EntryMetrics(sink);
        metrics.contacts(EntryMetrics.Outcome.QUEUED, 3);

        metrics.close();

        assertThat(sink.closed).isTrue();
        assertThat(metrics.snapshot()).containsEntry("contacts.queued", 3L);
    }

    /** Notes each meter asked for and adds up what went through the handles. */
    private static final class RecordingSink implements MeterSink {
        final List<String> meters = new ArrayList<>();
        long counted;
        long timed;
        boolean closed;

        @Override
        public LongConsumer counter(String name, String... tags) {
            meters.add("counter " + name + " " + List.of(tags));
            return amount -> counted += amount;
        }

        @Override
        public Consumer<Duration> timer(String name, String... tags) {
            meters.add("timer " + name + " " + List.of(tags));
            return duration -> timed++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
