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
import java.util.ArrayList;
import java.util.List;

/**
 * What one CPU benchmark run does: at each latency, each variant runs {@code repetitions} times for
 * {@code secondsPerRun}, the variants taking turns, and is judged by its median run.
 */
public record CpuBenchmarkSettings(
        List<Long> latencies,
        int concurrency,
        int batchSize,
        double secondsPerRun,
        double warmupSeconds,
        int warmupRounds,
        int repetitions,
        boolean jmh,
        Path outputDir) {

    public static CpuBenchmarkSettings defaults() {
        return new CpuBenchmarkSettings(List.of(0L, 5L), 4, 100, 3, 5, 2, 5, true, Path.of("results"));
    }

    public static CpuBenchmarkSettings parse(String... args) {
        CpuBenchmarkSettings s = defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-jmh")) {
                s = s.with(null, null, null, null, null, null, null, false, null);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + a + "\n" + usage());
            }
            String v = args[++i];
            s = switch (a) {
                case "--latencies-ms" -> s.with(longs(v), null, null, null, null, null, null, null, null);
                case "--concurrency" -> s.with(null, Integer.parseInt(v), null, null, null, null, null, null, null);
                case "--batch-size" -> s.with(null, null, Integer.parseInt(v), null, null, null, null, null, null);
                case "--seconds-per-run" ->
                    s.with(null, null, null, Double.parseDouble(v), null, null, null, null, null);
                case "--warmup-seconds" ->
                    s.with(null, null, null, null, Double.parseDouble(v), null, null, null, null);
                case "--warmup-rounds" -> s.with(null, null, null, null, null, Integer.parseInt(v), null, null, null);
                case "--repetitions" -> s.with(null, null, null, null, null, null, Integer.parseInt(v), null, null);
                case "--out" -> s.with(null, null, null, null, null, null, null, null, Path.of(v));
                default -> throw new IllegalArgumentException("Unknown option " + a + "\n" + usage());
            };
        }
        return s;
    }

    public static String usage() {
        return "CpuBenchmark [--latencies-ms 0,5] [--concurrency 4] [--batch-size 100] [--seconds-per-run 3]"
                + " [--warmup-seconds 5] [--warmup-rounds 2] [--repetitions 5] [--no-jmh] [--out results]";
    }

    private CpuBenchmarkSettings with(
            List<Long> latencies,
            Integer concurrency,
            Integer batchSize,
            Double secondsPerRun,
            Double warmupSeconds,
            Integer warmupRounds,
            Integer repetitions,
            Boolean jmh,
            Path outputDir) {
        return new CpuBenchmarkSettings(
                latencies != null ? latencies : this.latencies,
                concurrency != null ? concurrency : this.concurrency,
                batchSize != null ? batchSize : this.batchSize,
                secondsPerRun != null ? secondsPerRun : this.secondsPerRun,
                warmupSeconds != null ? warmupSeconds : this.warmupSeconds,
                warmupRounds != null ? warmupRounds : this.warmupRounds,
                repetitions != null ? repetitions : this.repetitions,
                jmh != null ? jmh : this.jmh,
                outputDir != null ? outputDir : this.outputDir);
    }

    private static List<Long> longs(String csv) {
        List<Long> values = new ArrayList<>();
        for (String part : csv.split(",")) {
            values.add(Long.parseLong(part.trim()));
        }
        return List.copyOf(values);
    }
}
