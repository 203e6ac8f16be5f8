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
package io.github.camelsfmc.examples.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the example as its own JVM: {@link KafkaToJourneyApplication} with the test class path, pointed at a
 * broker and a simulator that run in the test JVM. Its output (ledger lines included) goes to a file, which survives
 * a SIGKILL up to the last line written.
 */
final class InstanceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path output;

    private InstanceProcess(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    /**
     * @param settings app.* system properties for the instance (bootstrap servers, topic, group, sfmc-url...)
     */
    static InstanceProcess start(String name, Path outputDirectory, Map<String, String> settings, String... jvmOptions)
            throws IOException {
        Files.createDirectories(outputDirectory);
        Path output = outputDirectory.resolve(name + ".out");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-Dapp.instance=" + name);
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KafkaToJourneyApplication.class.getName());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        // the instances must use the simulator and broker given above, whatever this machine has in its environment
        builder.environment().keySet().removeIf(k -> k.startsWith("SFMC_") || k.equals("KAFKA_BOOTSTRAP_SERVERS"));
        return new InstanceProcess(name, builder.start(), output);
    }

    String name() {
        return name;
    }

    Path output() {
        return output;
    }

    Ledger ledger() {
        return Ledger.read(output);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux: no shutdown hook, no graceful stop, no last commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: Camel Main stops the route gracefully (the batch in progress completes and is committed). */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
