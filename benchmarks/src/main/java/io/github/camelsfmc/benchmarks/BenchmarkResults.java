package io.github.camelsfmc.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark run measured. {@code cpu}, {@code httpProbe}, {@code tokens} and {@code heap} are null when
 * skipped.
 */
public record BenchmarkResults(BenchmarkSettings settings, Instant startedAt, MachineLoad loadBefore,
        MachineLoad loadAfter, String jvm, List<RunResult> runs, CpuCostResult cpu, HttpClientProbeResult httpProbe, TokenEconomyResult tokens,
        HeapResult heap) {

    public Optional<RunResult> run(Variant variant, int concurrency) {
        return runs.stream().filter(r -> r.variant() == variant && r.concurrency() == concurrency).findFirst();
    }
}
