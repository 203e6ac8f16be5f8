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

/** The ways of entering contacts that the end-to-end benchmark compares. */
public enum Variant {
    SINGLE("sfmc-journey single", "C callers, one contact per request through sfmc-journey"),
    BATCH(
            "sfmc-journey batch",
            "aggregate(SfmcJourneyAggregationStrategy, completionSize B) then sfmc-journey, C batches in flight"),
    HAND_WRITTEN(
            "hand-written camel-http",
            "C callers, cached token + Jackson marshal + camel-http, one contact per request"),
    HAND_WRITTEN_BATCH(
            "hand-written batch",
            "aggregate(GroupedBody, completionSize B) + cached token + Jackson + camel-http to /async/events,"
                    + " C batches in flight");

    private final String label;
    private final String description;

    Variant(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether contacts go out in batches (one feeding thread, C batches in flight) rather than one per request. */
    public boolean isBatch() {
        return this == BATCH || this == HAND_WRITTEN_BATCH;
    }

    public int contactsPerRequest(int batchSize) {
        return isBatch() ? batchSize : 1;
    }
}
