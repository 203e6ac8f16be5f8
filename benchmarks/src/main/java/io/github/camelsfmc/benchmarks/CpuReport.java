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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Turns the runs of the CPU benchmark into medians with their range, the targets of issue 25 with PASS or FAIL, and a
 * Markdown report. Pure functions of the results, so the verdicts can be tested without running anything.
 */
public final class CpuReport {

    /** Batch with STRICT validation may cost this much more CPU per contact than the hand-written batch route. */
    public static final double BATCH_EXTRA_MICROS = 1.0;
    /** Single mode may cost this many times the hand-written single route's CPU per contact. */
    public static final double SINGLE_RATIO = 1.2;
    /** Start-up to the first entered contacts may take this many times the hand-written route's. */
    public static final double STARTUP_RATIO = 1.5;

    public static final double VALIDATE_10_MICROS = 1.0;
    public static final double MATCH_100_MICROS = 20.0;

    private CpuReport() {}

    /** The median run of a variant at a latency and the range of all its runs. */
    public record Summary(
            CpuVariant variant,
            long latencyMillis,
            int runs,
            double microsPerContact,
            double minMicros,
            double maxMicros,
            double processMicros,
            double contactsPerCpuSecond,
            double startupMillis,
            boolean allComplete) {}

    public static Summary summarize(List<CpuRun> runs, CpuVariant variant, long latencyMillis) {
        List<CpuRun> mine = runs.stream()
                .filter(r -> r.variant() == variant && r.latencyMillis() == latencyMillis)
                .toList();
        if (mine.isEmpty()) {
            return null;
        }
        List<Double> micros = values(mine, CpuRun::cpuMicrosPerContact);
        return new Summary(
                variant,
                latencyMillis,
                mine.size(),
                median(micros),
                micros.get(0),
                micros.get(micros.size() - 1),
                median(values(mine, CpuRun::processCpuMicrosPerContact)),
                median(values(mine, CpuRun::contactsPerCpuSecond)),
                median(values(mine, CpuRun::startupMillis)),
                mine.stream().allMatch(CpuRun::complete));
    }

    /** The middle value, or the mean of the two middle values of an even count; NaN for none. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Double> values(List<CpuRun> runs, ToDoubleFunction<CpuRun> metric) {
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> values.add(metric.applyAsDouble(r)));
        values.sort(null);
        return values;
    }

    public static List<TargetVerdict> evaluate(CpuBenchmarkResults results) {
        List<TargetVerdict> verdicts = new ArrayList<>();
        List<CpuRun> runs = results.runs();
        for (long latency : results.settings().latencies()) {
            Summary strict = summarize(runs, CpuVariant.BATCH_STRICT, latency);
            Summary handBatch = summarize(runs, CpuVariant.HAND_WRITTEN_BATCH, latency);
            Summary single = summarize(runs, CpuVariant.SINGLE, latency);
            Summary hand = summarize(runs, CpuVariant.HAND_WRITTEN, latency);
            String at = " (L = " + latency + " ms)";
            if (strict != null && handBatch != null) {
                double extra = strict.microsPerContact() - handBatch.microsPerContact();
                verdicts.add(TargetVerdict.of(
                        "Batch STRICT CPU per contact <= hand-written batch + " + fmt(BATCH_EXTRA_MICROS) + " µs" + at,
                        extra <= BATCH_EXTRA_MICROS,
                        String.format(
                                Locale.ROOT,
                                "%.2f µs against %.2f µs: %+.2f µs",
                                strict.microsPerContact(),
                                handBatch.microsPerContact(),
                                extra),
                        String.format(Locale.ROOT, "%.2f µs over the allowance", extra - BATCH_EXTRA_MICROS)));
            }
            if (single != null && hand != null) {
                double ratio = single.microsPerContact() / hand.microsPerContact();
                verdicts.add(TargetVerdict.of(
                        "Single CPU per contact <= " + SINGLE_RATIO + "x hand-written camel-http" + at,
                        ratio <= SINGLE_RATIO,
                        String.format(
                                Locale.ROOT,
                                "%.2f µs against %.2f µs: %.3fx",
                                single.microsPerContact(),
                                hand.microsPerContact(),
                                ratio),
                        String.format(
                                Locale.ROOT,
                                "%.2f µs per contact over the allowance",
                                single.microsPerContact() - SINGLE_RATIO * hand.microsPerContact())));
                double startupRatio = single.startupMillis() / hand.startupMillis();
                verdicts.add(TargetVerdict.of(
                        "Start-up of sfmc-journey single <= " + STARTUP_RATIO + "x hand-written camel-http" + at,
                        startupRatio <= STARTUP_RATIO,
                        String.format(
                                Locale.ROOT,
                                "%.0f ms against %.0f ms: %.2fx",
                                single.startupMillis(),
                                hand.startupMillis(),
                                startupRatio),
                        "the first contact waits for the token, the event definition, then the journey list and the"
                                + " data extension fields (read concurrently): three round trips before the entry,"
                                + " against one for the hand-written route"));
            }
        }
        ComponentPathCosts jmh = results.jmh();
        if (jmh == null) {
            verdicts.add(TargetVerdict.notMeasured(
                    "Validation of a 10-field contact < " + fmt(VALIDATE_10_MICROS) + " µs (JMH)", "--no-jmh"));
            verdicts.add(TargetVerdict.notMeasured(
                    "Matching 100 member results < " + fmt(MATCH_100_MICROS) + " µs (JMH)", "--no-jmh"));
        } else {
            // judged on thread CPU time: on a loaded machine JMH's wall-clock figure counts the waits for a CPU
            double validate = jmh.cpuMicros(ComponentPathCosts.VALIDATE_10);
            verdicts.add(TargetVerdict.of(
                    "Validation of a 10-field contact < " + fmt(VALIDATE_10_MICROS) + " µs (JMH)",
                    validate < VALIDATE_10_MICROS,
                    String.format(
                            Locale.ROOT,
                            "%.3f µs of CPU (JMH wall clock %.3f µs)",
                            validate,
                            jmh.micros(ComponentPathCosts.VALIDATE_10)),
                    String.format(Locale.ROOT, "%.3f µs over", validate - VALIDATE_10_MICROS)));
            double match = jmh.cpuMicros(ComponentPathCosts.MATCH_100);
            verdicts.add(TargetVerdict.of(
                    "Matching 100 member results < " + fmt(MATCH_100_MICROS) + " µs (JMH)",
                    match < MATCH_100_MICROS,
                    String.format(
                            Locale.ROOT,
                            "%.2f µs of CPU (JMH wall clock %.2f µs)",
                            match,
                            jmh.micros(ComponentPathCosts.MATCH_100)),
                    String.format(Locale.ROOT, "%.2f µs over", match - MATCH_100_MICROS)));
        }
        boolean complete = results.runs().stream().allMatch(CpuRun::complete);
        verdicts.add(TargetVerdict.of(
                "Every contact sent was delivered and entered exactly once, none failed",
                complete,
                results.runs().size() + " runs",
                "a run lost or duplicated contacts: its CPU figure is not comparable"));
        return verdicts;
    }

    public static String render(CpuBenchmarkResults results, List<TargetVerdict> verdicts) {
        CpuBenchmarkSettings s = results.settings();
        StringBuilder md = new StringBuilder();
        md.append("# sfmc-journey CPU benchmark\n\n");
        md.append("Commit `")
                .append(results.commit())
                .append("`, ")
                .append(results.startedAt())
                .append(", ")
                .append(results.jvm())
                .append(".\n");
        md.append("Before: ")
                .append(results.loadBefore())
                .append("; after: ")
                .append(results.loadAfter())
                .append(".\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Route JVM process CPU time per contact, less its JIT compiler threads' (shown with JIT: a warm-up"
                        + " cost that fades), the simulator in its own JVM on 127.0.0.1. C = %d (callers,"
                        + " or batches in flight), B = %d, 10-field contacts; each run %.0f s after its start-up, in a"
                        + " fresh CamelContext; %d runs per variant and latency, the variants taking turns; median"
                        + " (range).\n\n",
                s.concurrency(),
                s.batchSize(),
                s.secondsPerRun(),
                s.repetitions()));
        md.append(
                "| Variant | L (ms) | µs CPU per contact | contacts per CPU-second | with JIT (µs) | start-up (ms) |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (long latency : s.latencies()) {
            for (CpuVariant v : CpuVariant.values()) {
                Summary sum = summarize(results.runs(), v, latency);
                if (sum == null) {
                    continue;
                }
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.2f (%.2f–%.2f) | %,.0f | %.2f | %.0f |%n",
                        v.label(),
                        latency,
                        sum.microsPerContact(),
                        sum.minMicros(),
                        sum.maxMicros(),
                        sum.contactsPerCpuSecond(),
                        sum.processMicros(),
                        sum.startupMillis()));
            }
        }
        md.append("\nValidation's own cost (batch STRICT − batch OFF, medians): ");
        List<String> costs = new ArrayList<>();
        for (long latency : s.latencies()) {
            Summary strict = summarize(results.runs(), CpuVariant.BATCH_STRICT, latency);
            Summary off = summarize(results.runs(), CpuVariant.BATCH_OFF, latency);
            if (strict != null && off != null) {
                costs.add(String.format(
                        Locale.ROOT,
                        "%+.2f µs at L = %d ms",
                        strict.microsPerContact() - off.microsPerContact(),
                        latency));
            }
        }
        md.append(String.join(", ", costs)).append(".\n");
        ComponentPathCosts jmh = results.jmh();
        if (jmh != null) {
            md.append("\n## The component's own path (JMH, `ComponentPathBenchmark`)\n\n")
                    .append(jmh.setup())
                    .append("; and the same operations timed by the thread's CPU time (2 s warm-up, median of"
                            + " 5 rounds of 0.5 s), which the targets are judged on: on a loaded machine the wall"
                            + " clock counts the waits for a CPU.\n\n"
                            + "| Benchmark | µs of CPU per operation | JMH µs per operation (± 99.9% error) |\n"
                            + "|---|---:|---:|\n");
            jmh.micros()
                    .forEach((method, micros) -> md.append(String.format(
                            Locale.ROOT,
                            "| %s | %.3f | %.3f ± %.3f |%n",
                            method,
                            jmh.cpuMicros(method),
                            micros,
                            jmh.errors().get(method))));
        }
        md.append('\n');
        TargetTable.append(md, "Targets (issue 25)", verdicts);
        return md.toString();
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
