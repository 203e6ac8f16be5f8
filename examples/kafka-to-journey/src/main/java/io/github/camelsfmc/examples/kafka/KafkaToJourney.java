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
package io.github.camelsfmc.examples.kafka;

import java.util.Map;

import org.apache.camel.main.Main;

/**
 * Runs the {@code camel/kafka-to-journey.yaml} route with Camel Main until the expected records are committed (when a
 * count is given) or until the process is stopped, and returns what this instance did.
 */
public final class KafkaToJourney {

    static final String ROUTES = "classpath:camel/kafka-to-journey.yaml";

    private KafkaToJourney() {}

    /**
     * @param settings the app.* settings, with the bootstrap servers to use
     * @param sfmcProperties the sfmc.* placeholders (SfmcTarget)
     * @param stopAfterRecords stop once this many records were committed; 0: run until the JVM is stopped
     */
    public static Summary run(
            KafkaToJourneySettings settings, Map<String, String> sfmcProperties, long stopAfterRecords)
            throws Exception {
        Main main = new Main();
        long started = System.nanoTime();
        BatchLedger ledger = new BatchLedger(settings.instance(), stopAfterRecords, main::completed);
        main.bind("batchLedger", ledger);
        main.bind("deadLetters", new DeadLetters());
        main.configure().withRoutesIncludePattern(ROUTES);
        settings.camelProperties().forEach(main::addOverrideProperty);
        sfmcProperties.forEach(main::addOverrideProperty);
        main.run();
        return new Summary(
                ledger.committedBatches(),
                ledger.committedRecords(),
                ledger.queued(),
                ledger.deadLettered(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** What one instance did: batches and records committed, contacts queued and dead-lettered. */
    public record Summary(long batches, long records, long queued, long deadLettered, long elapsedMillis) {

        public String toText() {
            return "Summary: " + records + " records in " + batches + " batches committed; " + queued
                    + " contacts queued for the journey, " + deadLettered + " on the dead-letter topic; "
                    + String.format("%.1f s", elapsedMillis / 1000.0);
        }
    }
}
