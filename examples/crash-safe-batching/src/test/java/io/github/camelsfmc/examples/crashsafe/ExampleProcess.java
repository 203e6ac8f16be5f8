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
package io.github.camelsfmc.examples.crashsafe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The example's application in a JVM of its own, on the test's classpath, with its output appended to a log file. It
 * never sees the test's {@code SFMC_*} variables, so it always talks to the simulator it is given.
 */
final class ExampleProcess implements AutoCloseable {

    private final Process process;

    private ExampleProcess(Process process) {
        this.process = process;
    }

    static ExampleProcess start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashSafeBatchingApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("SFMC_"));
        return new ExampleProcess(builder.start());
    }

    /** SIGKILL on Linux: no shutdown hook, no clean stop of Camel, no last write to the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        awaitExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM: the shutdown hook stops Camel cleanly and closes the database, so the test can open it. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        awaitExit();
    }

    private void awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The example process did not exit within 60 s");
        }
    }
}
