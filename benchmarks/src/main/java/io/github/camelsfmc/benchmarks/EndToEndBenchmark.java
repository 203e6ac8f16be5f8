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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.camelsfmc.simulator.Faults;
import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * The benchmark: per-contact CPU cost (JMH), then the three variants end to end against the in-process simulator at
 * each concurrency, the two HTTP clients on their own, the token economy, and the heap over a long batch run. Writes {@code benchmark-results.md} and
 * {@code throughput.png} to the output directory, prints the report, and says PASS or FAIL per target.
 * <p>
 * Full run: {@code ./mvnw -B -pl benchmarks -Pbenchmark verify}. Arguments: {@link BenchmarkSettings#usage()}.
 */
public final class EndToEndBenchmark {

    public static final String REPORT_FILE = "benchmark-results.md";
    public static final String CHART_FILE = "throughput.png";

    private EndToEndBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.parse(args);
        BenchmarkResults results = run(settings);
        List<TargetVerdict> verdicts = Targets.evaluate(results);
        String report = write(results, verdicts);
        System.out.println(report);
        for (TargetVerdict v : verdicts) {
            System.out.printf("%-13s %s: %s%n", v.status(), v.target(), v.measured());
        }
        System.out.println(
                "Report: " + settings.outputDir().resolve(REPORT_FILE).toAbsolutePath());
    }

    public static BenchmarkResults run(BenchmarkSettings settings) throws Exception {
        // The JDK HttpServer under the simulator writes headers and body separately; without TCP_NODELAY, Nagle's
        // algorithm and the client's delayed ACK add about 40 ms to every request, on top of the simulated latency.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Instant startedAt = Instant.now();
        MachineLoad before = MachineLoad.now();
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        CpuCostResult cpu = null;
        if (settings.jmh()) {
            progress("JMH: mapping + serialization cost per contact");
            cpu = new CpuCostMeasurement(settings).run();
        }
        try (SfmcSimulator sim = startSimulator(settings)) {
            ThroughputRunner runner = new ThroughputRunner(sim, settings);
            int warmupConcurrency =
                    settings.concurrencies().get(settings.concurrencies().size() - 1);
            for (Variant v : Variant.values()) {
                progress("warm-up " + v.label());
                runner.run(
                        v,
                        warmupConcurrency,
                        Math.max(settings.minContactsPerRun(), settings.contactsFor(v, warmupConcurrency) / 3));
            }
            List<RunResult> runs = new ArrayList<>();
            // the variants take turns, so a slow minute of the machine falls on all of them, not on one
            for (int c : settings.concurrencies()) {
                for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
                    for (Variant v : Variant.values()) {
                        long contacts = settings.contactsFor(v, c);
                        progress(String.format(
                                "%s, C=%d, %,d contacts (run %d of %d)",
                                v.label(), c, contacts, repetition, settings.repetitions()));
                        RunResult r = runner.run(v, c, contacts);
                        runs.add(r);
                        progress(String.format(
                                "  %,.1f contacts/s (%.1f%% of %,.0f)",
                                r.contactsPerSecond(), r.fractionOfLimit() * 100, r.limit()));
                    }
                }
            }
            progress("HTTP client probe: Apache HttpClient 5 async vs classic, no Camel");
            HttpClientProbeResult httpProbe = new HttpClientProbe(sim, settings.probeRequestsPerRound()).run();
            progress("token economy");
            TokenEconomyResult tokens = new TokenEconomyCheck(sim, settings).run();
            progress(String.format("heap: batch mode over %,d contacts", settings.heapContacts()));
            HeapResult heap = new HeapCheck(sim, settings).run();
            return new BenchmarkResults(
                    settings,
                    startedAt,
                    SourceRevision.current(),
                    before,
                    MachineLoad.now(),
                    jvm,
                    List.copyOf(runs),
                    cpu,
                    httpProbe,
                    tokens,
                    heap);
        }
    }

    /** Writes the Markdown report and the chart to the output directory; returns the report. */
    public static String write(BenchmarkResults results, List<TargetVerdict> verdicts) throws Exception {
        Path dir = results.settings().outputDir();
        Files.createDirectories(dir);
        ThroughputChart.write(results, dir.resolve(CHART_FILE));
        String report = MarkdownReport.render(results, verdicts, CHART_FILE);
        Files.writeString(dir.resolve(REPORT_FILE), report);
        return report;
    }

    static SfmcSimulator startSimulator(BenchmarkSettings settings) {
        return SfmcSimulator.builder()
                .port(0)
                .client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET)
                .client(TokenEconomyCheck.SECOND_CLIENT_ID, TokenEconomyCheck.SECOND_CLIENT_SECRET)
                .journey(BenchmarkJourney.journey())
                .faults(Faults.builder().latencyMillis(settings.latencyMillis()).build())
                .start();
    }

    private static void progress(String message) {
        System.err.println("[benchmark] " + message);
    }
}
