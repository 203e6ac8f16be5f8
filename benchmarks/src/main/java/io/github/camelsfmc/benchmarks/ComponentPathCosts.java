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

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The JMH figures of {@link ComponentPathBenchmark}: µs per operation and its 99.9% error, by benchmark method name.
 */
public record ComponentPathCosts(
        Map<String, Double> micros, Map<String, Double> errors, Map<String, Double> cpuMicros, String setup) {

    public static final String VALIDATE_10 = "validate10Fields";
    public static final String MATCH_100 = "match100MemberResults";

    /** Runs the JMH benchmark in one forked JVM: 3 warm-up and 5 measured iterations of {@code iterationMillis}. */
    public static ComponentPathCosts measure(long iterationMillis) throws Exception {
        TimeValue iteration = TimeValue.milliseconds(iterationMillis);
        Options options = new OptionsBuilder()
                .include(ComponentPathBenchmark.class.getName() + "\\.")
                .forks(1)
                .jvmArgsAppend("-Xmx256m")
                .threads(1)
                .warmupIterations(3)
                .warmupTime(iteration)
                .measurementIterations(5)
                .measurementTime(iteration)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> micros = new LinkedHashMap<>();
        Map<String, Double> errors = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            micros.put(method, result.getPrimaryResult().getScore());
            errors.put(method, result.getPrimaryResult().getScoreError());
        }
        return new ComponentPathCosts(
                micros,
                errors,
                ThreadCpuCosts.measure(2, 5, 0.5),
                "JMH 1.37, 1 fork, 3 x " + iteration + " warm-up, 5 x " + iteration
                        + " measurement, 1 thread, average time");
    }

    public double micros(String method) {
        return micros.getOrDefault(method, Double.NaN);
    }

    /** The same operation timed by thread CPU time (see {@link ThreadCpuCosts}); NaN when not measured. */
    public double cpuMicros(String method) {
        return cpuMicros.getOrDefault(method, Double.NaN);
    }
}
