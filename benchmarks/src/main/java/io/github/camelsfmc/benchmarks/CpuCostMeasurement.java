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

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link ContactMappingBenchmark} through the JMH runner and keeps its scores for the report. */
public final class CpuCostMeasurement {

    private final BenchmarkSettings settings;

    public CpuCostMeasurement(BenchmarkSettings settings) {
        this.settings = settings;
    }

    public CpuCostResult run() throws Exception {
        TimeValue iteration = TimeValue.milliseconds((long) (settings.jmhIterationSeconds() * 1000));
        Options options = new OptionsBuilder()
                .include(ContactMappingBenchmark.class.getName() + "\\.")
                .forks(settings.jmhForks())
                .jvmArgsAppend("-Xmx256m")
                .threads(1)
                .warmupIterations(settings.jmhWarmupIterations())
                .warmupTime(iteration)
                .measurementIterations(settings.jmhMeasurementIterations())
                .measurementTime(iteration)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double batch = Double.NaN;
        double batchError = Double.NaN;
        double single = Double.NaN;
        double singleError = Double.NaN;
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            double score = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            if (method.endsWith(".batchMember")) {
                batch = score;
                batchError = error;
            } else if (method.endsWith(".singleEvent")) {
                single = score;
                singleError = error;
            }
        }
        String setup = "JMH 1.37, " + settings.jmhForks() + " fork(s), " + settings.jmhWarmupIterations() + " x "
                + iteration + " warm-up, " + settings.jmhMeasurementIterations() + " x " + iteration
                + " measurement, 1 thread, average time";
        return new CpuCostResult(batch, batchError, single, singleError, setup);
    }
}
