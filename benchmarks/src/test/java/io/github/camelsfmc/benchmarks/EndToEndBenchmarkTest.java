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

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness in its quick form (tiny counts, 5 ms latency): proves every part runs and counts correctly. Speed is
 * not judged here; the full run (-Pbenchmark) does that.
 */
class EndToEndBenchmarkTest {

    @TempDir
    static Path output;

    static BenchmarkResults results;
    static String report;

    @BeforeAll
    static void runQuickBenchmark() throws Exception {
        results = EndToEndBenchmark.run(BenchmarkSettings.quick().withOutputDir(output));
        report = EndToEndBenchmark.write(results, Targets.evaluate(results));
    }

    @Test
    void runsEveryVariantAtEveryConcurrency() {
        for (int c : results.settings().concurrencies()) {
            for (Variant v : Variant.values()) {
                assertThat(results.run(v, c)).as(v + " at C=" + c).isPresent();
            }
        }
        assertThat(results.runs())
                .hasSize(Variant.values().length
                        * results.settings().concurrencies().size()
                        * results.settings().repetitions());
    }

    @Test
    void everyContactSentIsDeliveredAndEnteredExactlyOnce() {
        for (RunResult r : results.runs()) {
            assertThat(r.failed())
                    .as(r.variant() + " C=" + r.concurrency() + " failed")
                    .isZero();
            assertThat(r.delivered())
                    .as(r.variant() + " C=" + r.concurrency() + " delivered")
                    .isEqualTo(r.contacts());
            assertThat(r.entered())
                    .as(r.variant() + " C=" + r.concurrency() + " entered, start-up included")
                    .isEqualTo(r.startupContacts() + r.contacts());
        }
    }

    @Test
    void eachVariantRunsTheSetNumberOfTimesAtEachConcurrencyAndIsJudgedByItsMedianRun() {
        for (int c : results.settings().concurrencies()) {
            for (Variant v : Variant.values()) {
                List<RunResult> runs = results.runs(v, c);
                assertThat(runs).as(v + " C=" + c).hasSize(results.settings().repetitions());
                assertThat(results.run(v, c)).contains(runs.get((runs.size() - 1) / 2));
                assertThat(runs.get(0).contactsPerSecond())
                        .isLessThanOrEqualTo(runs.get(1).contactsPerSecond());
            }
        }
    }

    @Test
    void batchModeSendsContactsInBatchesNotOneByOne() {
        List<RunResult> batches =
                results.runs().stream().filter(r -> r.variant().isBatch()).toList();
        for (RunResult r : batches) {
            // batches of 100; a feeder stalled past the completion timeout may split one, hence not exactly n / 100
            assertThat(r.entryRequests())
                    .as(r.variant() + " C=" + r.concurrency())
                    .isBetween((r.startupContacts() + r.contacts()) / 100, (r.startupContacts() + r.contacts()) / 50);
        }
    }

    @Test
    void theReportNamesTheCommitItMeasured() {
        assertThat(report).contains("- Commit: " + results.revision());
        // a worktree's .git is a file, a clone's a directory
        if (Files.exists(Path.of("..", ".git"))) {
            assertThat(results.revision().commit()).matches("[0-9a-f]{7,40}");
        }
    }

    @Test
    void eachRunRequestsOneTokenBecauseItsTokenOutlivesIt() {
        assertThat(results.runs()).allSatisfy(r -> assertThat(r.tokenRequests()).isEqualTo(1));
    }

    @Test
    void heapCheckDeliversAllItsContactsAndSamplesTheHeap() {
        assertThat(results.heap().delivered()).isEqualTo(results.settings().heapContacts());
        assertThat(results.heap().samples()).isNotEmpty();
        assertThat(results.heap().peakBytes()).isPositive();
    }

    @Test
    void measuresCpuCostOfBothPayloadShapes() {
        assertThat(results.cpu().batchMemberMicros()).isPositive();
        assertThat(results.cpu().singleEventMicros()).isPositive();
    }

    @Test
    void timesBothHttpClientsOnTheirOwn() {
        assertThat(results.httpProbe().asyncMillis()).isPositive();
        assertThat(results.httpProbe().classicMillis()).isPositive();
    }

    @Test
    void reportHasTheThroughputTableWithEveryVariantAndAVerdictPerTarget() throws Exception {
        String written = Files.readString(output.resolve(EndToEndBenchmark.REPORT_FILE));
        assertThat(written).isEqualTo(report).contains("| Variant | C | Start-up (ms) | Contacts |");
        for (Variant v : Variant.values()) {
            assertThat(written).contains("| " + v.label() + " | 1 |", "| " + v.label() + " | 2 |");
        }
        assertThat(written)
                .contains(
                        "Batch mode >= 92%",
                        "Single mode >= 1.00x the hand-written camel-http route",
                        "Batch mode >= 1.00x the hand-written batch route",
                        "One token request per token lifetime",
                        "CPU < 20 us",
                        "Heap flat");
    }

    @Test
    void writesTheChartAsAPng() throws Exception {
        BufferedImage chart =
                ImageIO.read(output.resolve(EndToEndBenchmark.CHART_FILE).toFile());
        assertThat(chart).isNotNull();
        assertThat(chart.getWidth()).isGreaterThan(chart.getHeight());
    }
}
