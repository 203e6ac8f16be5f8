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
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run does: each variant runs {@code repetitions} times at each concurrency, taking turns with the
 * others, and is judged by its median run. {@link #full()} is the documented full run; {@link #quick()} proves the harness works
 * in a few seconds (CI) and its numbers mean nothing.
 */
public record BenchmarkSettings(
        String mode,
        long latencyMillis,
        List<Integer> concurrencies,
        int batchSize,
        double secondsPerRun,
        int minContactsPerRun,
        long heapContacts,
        double heapSampleSeconds,
        int tokenLifetimeSeconds,
        int tokenRefreshMarginSeconds,
        double tokenPhaseSeconds,
        boolean jmh,
        int jmhForks,
        int jmhWarmupIterations,
        int jmhMeasurementIterations,
        double jmhIterationSeconds,
        Path outputDir,
        int probeRequestsPerRound,
        int repetitions) {

    /** The concurrency at which the batch throughput target is judged (the target is stated for C=8). */
    public static final int TARGET_CONCURRENCY = 8;

    public static BenchmarkSettings full() {
        return new BenchmarkSettings(
                "full",
                50,
                List.of(1, 2, 4, 8),
                100,
                10,
                100,
                1_000_000,
                2,
                4,
                1,
                12,
                true,
                1,
                3,
                5,
                1,
                Path.of("results"),
                40,
                3);
    }

    public static BenchmarkSettings quick() {
        return new BenchmarkSettings(
                "quick",
                5,
                List.of(1, 2),
                100,
                0.2,
                20,
                2_000,
                0.2,
                2,
                1,
                2.5,
                true,
                0,
                1,
                1,
                0.1,
                Path.of("target", "benchmark-quick"),
                3,
                2);
    }

    /**
     * {@code --full} (default) or {@code --quick}, then overrides: {@code --latency-ms N}, {@code --concurrency 1,2,4,8},
     * {@code --batch-size N}, {@code --seconds-per-run S}, {@code --repetitions N}, {@code --heap-contacts N}, {@code --token-phase-seconds S},
     * {@code --no-jmh}, {@code --out DIR}.
     */
    public static BenchmarkSettings parse(String... args) {
        Overrides o = new Overrides(Arrays.asList(args).contains("--quick") ? quick() : full());
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--full", "--quick" -> {}
                case "--no-jmh" -> o.jmh = false;
                case "--latency-ms" -> o.latencyMillis = Long.parseLong(value(args, ++i, arg));
                case "--concurrency" -> o.concurrencies = parseInts(value(args, ++i, arg));
                case "--batch-size" -> o.batchSize = Integer.parseInt(value(args, ++i, arg));
                case "--seconds-per-run" -> o.secondsPerRun = Double.parseDouble(value(args, ++i, arg));
                case "--repetitions" -> o.repetitions = Integer.parseInt(value(args, ++i, arg));
                case "--heap-contacts" -> o.heapContacts = Long.parseLong(value(args, ++i, arg));
                case "--token-phase-seconds" -> o.tokenPhaseSeconds = Double.parseDouble(value(args, ++i, arg));
                case "--out" -> o.outputDir = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown argument " + arg + "\n" + usage());
            }
        }
        return o.settings();
    }

    public static String usage() {
        return "EndToEndBenchmark [--full|--quick] [--latency-ms N] [--concurrency 1,2,4,8] [--batch-size N]"
                + " [--seconds-per-run S] [--repetitions N] [--heap-contacts N] [--token-phase-seconds S] [--no-jmh] [--out DIR]";
    }

    /** Contacts per second with {@code concurrency} requests in flight, each carrying {@code contactsPerRequest}. */
    public double theoreticalLimit(int concurrency, int contactsPerRequest) {
        return concurrency * contactsPerRequest * 1000.0 / latencyMillis;
    }

    /** Enough contacts to keep the variant busy for about {@link #secondsPerRun()} at its theoretical limit. */
    public long contactsFor(Variant variant, int concurrency) {
        int perRequest = variant.contactsPerRequest(batchSize);
        long n = Math.max(minContactsPerRun, Math.round(theoreticalLimit(concurrency, perRequest) * secondsPerRun));
        return roundUp(n, perRequest);
    }

    private static long roundUp(long n, int multiple) {
        return (n + multiple - 1) / multiple * multiple;
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value\n" + usage());
        }
        return args[i];
    }

    private static List<Integer> parseInts(String csv) {
        List<Integer> values = new ArrayList<>();
        for (String part : csv.split(",")) {
            values.add(Integer.parseInt(part.trim()));
        }
        return List.copyOf(values);
    }

    /** The same settings with results written to {@code dir}. */
    BenchmarkSettings withOutputDir(Path dir) {
        Overrides o = new Overrides(this);
        o.outputDir = dir;
        return o.settings();
    }

    /** The command-line overrides of one set of settings. */
    private static final class Overrides {
        private String mode;
        private long latencyMillis;
        private List<Integer> concurrencies;
        private int batchSize;
        private double secondsPerRun;
        private int minContactsPerRun;
        private long heapContacts;
        private double heapSampleSeconds;
        private int tokenLifetimeSeconds;
        private int tokenRefreshMarginSeconds;
        private double tokenPhaseSeconds;
        private boolean jmh;
        private int jmhForks;
        private int jmhWarmupIterations;
        private int jmhMeasurementIterations;
        private double jmhIterationSeconds;
        private Path outputDir;
        private int probeRequestsPerRound;
        private int repetitions;

        Overrides(BenchmarkSettings s) {
            mode = s.mode();
            latencyMillis = s.latencyMillis();
            concurrencies = s.concurrencies();
            batchSize = s.batchSize();
            secondsPerRun = s.secondsPerRun();
            minContactsPerRun = s.minContactsPerRun();
            heapContacts = s.heapContacts();
            heapSampleSeconds = s.heapSampleSeconds();
            tokenLifetimeSeconds = s.tokenLifetimeSeconds();
            tokenRefreshMarginSeconds = s.tokenRefreshMarginSeconds();
            tokenPhaseSeconds = s.tokenPhaseSeconds();
            jmh = s.jmh();
            jmhForks = s.jmhForks();
            jmhWarmupIterations = s.jmhWarmupIterations();
            jmhMeasurementIterations = s.jmhMeasurementIterations();
            jmhIterationSeconds = s.jmhIterationSeconds();
            outputDir = s.outputDir();
            probeRequestsPerRound = s.probeRequestsPerRound();
            repetitions = s.repetitions();
        }

        BenchmarkSettings settings() {
            return new BenchmarkSettings(
                    mode,
                    latencyMillis,
                    concurrencies,
                    batchSize,
                    secondsPerRun,
                    minContactsPerRun,
                    heapContacts,
                    heapSampleSeconds,
                    tokenLifetimeSeconds,
                    tokenRefreshMarginSeconds,
                    tokenPhaseSeconds,
                    jmh,
                    jmhForks,
                    jmhWarmupIterations,
                    jmhMeasurementIterations,
                    jmhIterationSeconds,
                    outputDir,
                    probeRequestsPerRound,
                    repetitions);
        }
    }
}
