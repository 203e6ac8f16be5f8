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

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark run measured. {@code cpu}, {@code httpProbe}, {@code tokens} and {@code heap} are null when
 * skipped.
 */
public record BenchmarkResults(
        BenchmarkSettings settings,
        Instant startedAt,
        SourceRevision revision,
        MachineLoad loadBefore,
        MachineLoad loadAfter,
        String jvm,
        List<RunResult> runs,
        CpuCostResult cpu,
        HttpClientProbeResult httpProbe,
        TokenEconomyResult tokens,
        HeapResult heap) {

    /** The median of the variant's runs at this concurrency, by throughput (the lower middle one of an even count). */
    public Optional<RunResult> run(Variant variant, int concurrency) {
        List<RunResult> runs = runs(variant, concurrency);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get((runs.size() - 1) / 2));
    }

    /** Every run of the variant at this concurrency, slowest first. */
    public List<RunResult> runs(Variant variant, int concurrency) {
        return runs.stream()
                .filter(r -> r.variant() == variant && r.concurrency() == concurrency)
                .sorted(Comparator.comparingDouble(RunResult::contactsPerSecond))
                .toList();
    }
}
