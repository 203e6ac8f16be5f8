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

/** The routes the CPU benchmark compares: what each costs the JVM running it, per contact. */
public enum CpuVariant {
    BATCH_STRICT("sfmc-journey batch, validation=STRICT", true),
    BATCH_OFF("sfmc-journey batch, validation=OFF", true),
    HAND_WRITTEN_BATCH("hand-written batch", true),
    SINGLE("sfmc-journey single", false),
    HAND_WRITTEN("hand-written camel-http", false);

    private final String label;
    private final boolean batch;

    CpuVariant(String label, boolean batch) {
        this.label = label;
        this.batch = batch;
    }

    public String label() {
        return label;
    }

    /** Contacts go out in batches fed by one thread, rather than one per request from C callers. */
    public boolean isBatch() {
        return batch;
    }

    public int contactsPerRequest(int batchSize) {
        return batch ? batchSize : 1;
    }
}
