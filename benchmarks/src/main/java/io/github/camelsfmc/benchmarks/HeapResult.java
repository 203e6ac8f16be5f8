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

import java.util.List;

/**
 * Heap used after a full GC, sampled while batch mode entered {@code contacts} contacts.
 *
 * @param samples in the order taken
 */
public record HeapResult(int concurrency, long contacts, long delivered, double seconds, List<Sample> samples) {

    /** Growth allowed between the first and last third of the run before the heap counts as growing. */
    public static final long FLAT_TOLERANCE_BYTES = 16L * 1024 * 1024;

    public record Sample(double atSeconds, long contactsDone, long usedBytes) {}

    public long peakBytes() {
        return samples.stream().mapToLong(Sample::usedBytes).max().orElse(0);
    }

    /** Peak of the last third of the samples minus the peak of the first third. */
    public long growthBytes() {
        int third = Math.max(1, samples.size() / 3);
        long first = samples.subList(0, third).stream()
                .mapToLong(Sample::usedBytes)
                .max()
                .orElse(0);
        long last = samples.subList(samples.size() - third, samples.size()).stream()
                .mapToLong(Sample::usedBytes)
                .max()
                .orElse(0);
        return last - first;
    }

    public boolean flat() {
        return samples.size() >= 3 && growthBytes() <= FLAT_TOLERANCE_BYTES;
    }
}
