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

/**
 * What sfmc-journey costs where CPU is the limit: the route JVM's process CPU time per contact at low latency, the
 * simulator in its own JVM, for the five {@link CpuVariant}s side by side; then (unless {@code --no-jmh}) the component's
 * own path in JMH. Writes {@code cpu-results.md}, prints it and one PASS/FAIL line per target.
 * <p>
 * {@code ./mvnw -B -pl benchmarks -am -Pcpu-benchmark verify -DskipTests}; arguments: {@link CpuBenchmarkSettings#usage()}.
 */
public final class CpuBenchmark {

    public static final String REPORT_FILE = "cpu-results.md";

    private CpuBenchmark() {}

    public static void main(String[] args) throws Exception {
        CpuBenchmarkSettings settings = CpuBenchmarkSettings.parse(args);
        CpuBenchmarkResults results = run(settings);
        List<TargetVerdict> verdicts = CpuReport.evaluate(results);
        String report = CpuReport.render(results, verdicts);
        Files.createDirectories(settings.outputDir());
        Path file = settings.outputDir().resolve(REPORT_FILE);
        Files.writeString(file, report);
        System.out.println(report);
        for (TargetVerdict v : verdicts) {
            System.out.printf("%-13s %s: %s%n", v.status(), v.target(), v.measured());
        }
        System.out.println("Report: " + file.toAbsolutePath());
    }

    public static CpuBenchmarkResults run(CpuBenchmarkSettings settings) throws Exception {
        Instant startedAt = Instant.now();
        // read first: a commit made while the benchmark runs is not the code it measured
        String commit = SourceRevision.current().toString();
        MachineLoad before = MachineLoad.now();
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        List<CpuRun> runs = new ArrayList<>();
        try (SimulatorProcess sim = SimulatorProcess.start()) {
            progress("simulator process " + sim.pid() + " at " + sim.target().baseUrl());
            CpuRunner runner = new CpuRunner(sim, settings.concurrency(), settings.batchSize());
            for (int round = 1; round <= settings.warmupRounds(); round++) {
                for (CpuVariant v : CpuVariant.values()) {
                    CpuRun r = runner.run(v, 0, settings.warmupSeconds());
                    progress(String.format(
                            "warm-up %d, %s: %.2f µs CPU per contact, %.2f with JIT",
                            round, v.label(), r.cpuMicrosPerContact(), r.processCpuMicrosPerContact()));
                }
            }
            for (long latency : settings.latencies()) {
                for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
                    // the variants take turns, so a busy moment of the machine falls on all of them, not on one
                    for (CpuVariant v : CpuVariant.values()) {
                        CpuRun r = runner.run(v, latency, settings.secondsPerRun());
                        runs.add(r);
                        progress(String.format(
                                "L=%d ms, run %d of %d, %s: %,d contacts, %.2f µs CPU each (%.2f with JIT),"
                                        + " start-up %.0f ms%s",
                                latency,
                                repetition,
                                settings.repetitions(),
                                v.label(),
                                r.contacts(),
                                r.cpuMicrosPerContact(),
                                r.processCpuMicrosPerContact(),
                                r.startupMillis(),
                                r.complete() ? "" : " INCOMPLETE"));
                    }
                }
            }
        }
        ComponentPathCosts jmh = null;
        if (settings.jmh()) {
            progress("JMH: the component's own path");
            try {
                jmh = ComponentPathCosts.measure(1000);
            } catch (Exception e) {
                // the end-to-end figures are still worth their report; the JMH targets then read NOT_MEASURED
                progress("JMH failed, its targets are not measured: " + e);
            }
        }
        return new CpuBenchmarkResults(
                settings, startedAt, commit, before, MachineLoad.now(), jvm, List.copyOf(runs), jmh);
    }

    private static void progress(String message) {
        System.err.println("[cpu-benchmark] " + message);
    }
}
