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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This JVM's CPU time: all of it ({@code getProcessCpuTime}: every thread, GC included), and the part spent by the JIT
 * compiler threads, read from {@code /proc/self/task} (Linux; 0 elsewhere). JIT compilation is a warm-up cost that
 * fades as the code settles, not a cost per contact: on a loaded machine it went on for tens of seconds and, in the
 * runs of the first version of this benchmark, was most of the CPU of a single-mode run.
 */
final class ProcessCpu {

    /** Linux reports thread times in clock ticks, USER_HZ, which is 100 on every common kernel configuration. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private static final Path TASKS = Path.of("/proc/self/task");

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    long totalNanos() {
        return os.getProcessCpuTime();
    }

    /** CPU time of the threads named "C1 CompilerThread..." and "C2 CompilerThread...", 10 ms resolution. */
    long jitCompilerNanos() {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                ticks += compilerTicks(task);
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    private static long compilerTicks(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).trim();
            if (!name.contains("CompilerThre")) {
                return 0;
            }
            String stat = Files.readString(task.resolve("stat"));
            // the fields after the parenthesised name: state is field 3, utime field 14, stime field 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException threadEnded) {
            return 0;
        }
    }
}
