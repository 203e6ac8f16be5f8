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

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CPU benchmark's arithmetic and verdicts, on made-up runs: nothing is run or timed. */
class CpuReportTest {

    private static final MachineLoad LOAD = new MachineLoad("0.5, 0.5, 0.5", 2);

    /** A complete run of 1,000 contacts costing {@code micros} µs of CPU each, with the given start-up. */
    private static CpuRun run(CpuVariant variant, long latency, double micros, double startupMillis) {
        return new CpuRun(
                variant, latency, 1000, (long) (micros * 1000 * 1000), 0, 3, startupMillis, 1000, 0, 1100, 100);
    }

    private static CpuBenchmarkResults results(List<CpuRun> runs, ComponentPathCosts jmh) {
        CpuBenchmarkSettings settings =
                new CpuBenchmarkSettings(List.of(0L), 4, 100, 3, 1, 1, 3, jmh != null, Path.of("unused"));
        return new CpuBenchmarkResults(settings, Instant.EPOCH, "abc1234", LOAD, LOAD, "test JVM", runs, jmh);
    }

    private static List<CpuRun> threeEach(double strict, double handBatch, double single, double hand) {
        List<CpuRun> runs = new ArrayList<>();
        for (double wobble : new double[] {0.9, 1.0, 1.2}) {
            runs.add(run(CpuVariant.BATCH_STRICT, 0, strict * wobble, 50));
            runs.add(run(CpuVariant.BATCH_OFF, 0, handBatch * wobble, 50));
            runs.add(run(CpuVariant.HAND_WRITTEN_BATCH, 0, handBatch * wobble, 20));
            runs.add(run(CpuVariant.SINGLE, 0, single * wobble, 30));
            runs.add(run(CpuVariant.HAND_WRITTEN, 0, hand * wobble, 20));
        }
        return runs;
    }

    private static TargetVerdict verdict(List<TargetVerdict> verdicts, String startOfTarget) {
        return verdicts.stream()
                .filter(v -> v.target().startsWith(startOfTarget))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void medianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(CpuReport.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(CpuReport.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(CpuReport.median(List.of())).isNaN();
    }

    @Test
    void summaryGivesTheMedianRunAndTheRangeOfOneVariantAtOneLatency() {
        List<CpuRun> runs = List.of(
                run(CpuVariant.SINGLE, 0, 30, 10),
                run(CpuVariant.SINGLE, 0, 10, 30),
                run(CpuVariant.SINGLE, 0, 20, 20),
                run(CpuVariant.SINGLE, 5, 99, 99),
                run(CpuVariant.HAND_WRITTEN, 0, 99, 99));

        CpuReport.Summary summary = CpuReport.summarize(runs, CpuVariant.SINGLE, 0);

        assertThat(summary.runs()).isEqualTo(3);
        assertThat(summary.microsPerContact()).isCloseTo(20, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.minMicros()).isCloseTo(10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.maxMicros()).isCloseTo(30, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.contactsPerCpuSecond()).isCloseTo(50_000, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(summary.startupMillis()).isEqualTo(20);
    }

    @Test
    void theJitCompilersCpuIsLeftOutOfTheCostPerContactButShownInTheProcessTotal() {
        CpuRun run = new CpuRun(CpuVariant.SINGLE, 0, 1000, 30_000_000, 10_000_000, 3, 20, 1000, 0, 1100, 100);

        assertThat(run.cpuMicrosPerContact()).isCloseTo(20, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.processCpuMicrosPerContact()).isCloseTo(30, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.contactsPerCpuSecond()).isCloseTo(50_000, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void batchPassesWithinOneMicrosecondOfTheHandWrittenBatchAndFailsBeyond() {
        List<TargetVerdict> within = CpuReport.evaluate(results(threeEach(10.9, 10, 10, 10), null));
        List<TargetVerdict> beyond = CpuReport.evaluate(results(threeEach(11.2, 10, 10, 10), null));

        assertThat(verdict(within, "Batch STRICT").status()).isEqualTo(TargetVerdict.Status.PASS);
        assertThat(verdict(beyond, "Batch STRICT").status()).isEqualTo(TargetVerdict.Status.FAIL);
    }

    @Test
    void singlePassesUpToOnePointTwoTimesTheHandWrittenRoute() {
        List<TargetVerdict> within = CpuReport.evaluate(results(threeEach(10, 10, 23.9, 20), null));
        List<TargetVerdict> beyond = CpuReport.evaluate(results(threeEach(10, 10, 24.2, 20), null));

        assertThat(verdict(within, "Single CPU").status()).isEqualTo(TargetVerdict.Status.PASS);
        assertThat(verdict(beyond, "Single CPU").status()).isEqualTo(TargetVerdict.Status.FAIL);
    }

    @Test
    void startUpIsJudgedAgainstOnePointFiveTimesTheHandWrittenRoute() {
        // start-up 30 ms against 20 ms: exactly 1.5x
        assertThat(verdict(CpuReport.evaluate(results(threeEach(10, 10, 10, 10), null)), "Start-up")
                        .status())
                .isEqualTo(TargetVerdict.Status.PASS);
        List<CpuRun> slowStart = new ArrayList<>(threeEach(10, 10, 10, 10));
        slowStart.replaceAll(r -> r.variant() == CpuVariant.SINGLE ? run(CpuVariant.SINGLE, 0, 10, 31) : r);
        assertThat(verdict(CpuReport.evaluate(results(slowStart, null)), "Start-up")
                        .status())
                .isEqualTo(TargetVerdict.Status.FAIL);
    }

    @Test
    void pathTargetsAreNotMeasuredWithoutJmhAndJudgedOnThreadCpuTimeWithIt() {
        assertThat(verdict(CpuReport.evaluate(results(threeEach(10, 10, 10, 10), null)), "Validation")
                        .status())
                .isEqualTo(TargetVerdict.Status.NOT_MEASURED);

        // wall-clock figures the other way round: the verdicts follow the CPU-time ones
        ComponentPathCosts jmh = new ComponentPathCosts(
                Map.of(ComponentPathCosts.VALIDATE_10, 5.0, ComponentPathCosts.MATCH_100, 2.0),
                Map.of(ComponentPathCosts.VALIDATE_10, 0.01, ComponentPathCosts.MATCH_100, 0.1),
                Map.of(ComponentPathCosts.VALIDATE_10, 0.8, ComponentPathCosts.MATCH_100, 21.0),
                "test");
        List<TargetVerdict> verdicts = CpuReport.evaluate(results(threeEach(10, 10, 10, 10), jmh));

        assertThat(verdict(verdicts, "Validation").status()).isEqualTo(TargetVerdict.Status.PASS);
        assertThat(verdict(verdicts, "Matching").status()).isEqualTo(TargetVerdict.Status.FAIL);
    }

    @Test
    void aRunThatLostAContactFailsTheCompletenessCheck() {
        List<CpuRun> runs = new ArrayList<>(threeEach(10, 10, 10, 10));
        runs.set(0, new CpuRun(CpuVariant.BATCH_STRICT, 0, 1000, 10_000_000, 0, 3, 50, 999, 1, 1099, 100));

        assertThat(verdict(CpuReport.evaluate(results(runs, null)), "Every contact")
                        .status())
                .isEqualTo(TargetVerdict.Status.FAIL);
    }

    @Test
    void reportNamesTheCommitTheLoadEachVariantAndEachTarget() {
        CpuBenchmarkResults results = results(threeEach(10, 10, 10, 10), null);

        String report = CpuReport.render(results, CpuReport.evaluate(results));

        assertThat(report).contains("Commit `abc1234`", "load average 0.5, 0.5, 0.5");
        for (CpuVariant v : CpuVariant.values()) {
            assertThat(report).contains("| " + v.label() + " | 0 | ");
        }
        assertThat(report).contains("**PASS**", "**NOT_MEASURED**");
    }
}
