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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The operations of {@link ComponentPathBenchmark}, timed by this thread's CPU time instead of the wall clock. On a
 * shared machine whose load is many times its CPU count, JMH's wall-clock average counts the time the thread waited
 * for a CPU (its errors then exceed its scores); CPU time counts only the work. Each operation is warmed up, then
 * measured in several rounds; the figure is the median round.
 */
final class ThreadCpuCosts {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpuCosts() {}

    /** Prints the figures alone: {@code java -cp <module class path> ...ThreadCpuCosts}. */
    public static void main(String[] args) throws Exception {
        measure(2, 5, 0.5).forEach((op, micros) -> System.out.printf("%-24s %9.3f µs of CPU%n", op, micros));
    }

    /** µs of CPU per operation, by benchmark method name. */
    static Map<String, Double> measure(double warmupSeconds, int rounds, double secondsPerRound) throws Exception {
        ComponentPathBenchmark b = new ComponentPathBenchmark();
        b.setUp();
        Map<String, Callable<Object>> operations = new LinkedHashMap<>();
        operations.put("map", b::map);
        operations.put("validate10Fields", b::validate10Fields);
        operations.put("validate10FieldsOf100", b::validate10FieldsOf100);
        operations.put("validate100Fields", b::validate100Fields);
        operations.put("serializeMember", b::serializeMember);
        operations.put("serializeSingle", b::serializeSingle);
        operations.put("writeBatchOf100", b::writeBatchOf100);
        operations.put(ComponentPathCosts.MATCH_100, b::match100MemberResults);
        operations.put("contactPath", b::contactPath);
        Map<String, Double> micros = new LinkedHashMap<>();
        for (Map.Entry<String, Callable<Object>> op : operations.entrySet()) {
            run(op.getValue(), warmupSeconds);
            List<Double> perRound = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                perRound.add(run(op.getValue(), secondsPerRound));
            }
            micros.put(op.getKey(), CpuReport.median(perRound));
        }
        return micros;
    }

    /** Runs {@code op} for about {@code seconds} of CPU time; µs of CPU per call. */
    private static double run(Callable<Object> op, double seconds) throws Exception {
        long budget = (long) (seconds * 1e9);
        long began = THREADS.getCurrentThreadCpuTime();
        long calls = 0;
        int sink = 0;
        long spent;
        do {
            for (int i = 0; i < 1000; i++) {
                sink += System.identityHashCode(op.call());
            }
            calls += 1000;
            spent = THREADS.getCurrentThreadCpuTime() - began;
        } while (spent < budget);
        if (sink == 42) {
            System.out.print(""); // keeps the results alive, so the JIT cannot drop the calls
        }
        return spent / 1e3 / calls;
    }
}
