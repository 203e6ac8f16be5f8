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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.simulator.Main;
import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * The SFMC simulator in a JVM of its own, on 127.0.0.1, so that the CPU time of the JVM running the routes is the
 * routes' alone. Started from this JVM's class path with the simulator's {@link Main}; driven through its inspection
 * API ({@code /_sim}).
 */
public final class SimulatorProcess implements AutoCloseable {

    private static final String CONFIG_RESOURCE = "/cpu-benchmark-simulator.yaml";
    private static final String BANNER = "SFMC simulator listening on ";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final String baseUrl;
    private final Path config;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();

    private SimulatorProcess(Process process, String baseUrl, Path config) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.config = config;
    }

    /** Starts the simulator with the benchmark journey and waits until it listens. */
    public static SimulatorProcess start() throws IOException, InterruptedException {
        Path config = Files.createTempFile("cpu-benchmark-simulator", ".yaml");
        try (InputStream in = SimulatorProcess.class.getResourceAsStream(CONFIG_RESOURCE)) {
            Files.copy(in, config, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // without it the JDK HttpServer's separate header and body writes meet Nagle + delayed ACK: +40 ms
                "-Dsun.net.httpserver.nodelay=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--config",
                config.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> baseUrl = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process.getInputStream(), baseUrl), "simulator-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new SimulatorProcess(process, baseUrl.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS), config);
        } catch (Exception e) {
            process.destroyForcibly();
            Files.deleteIfExists(config);
            throw new IllegalStateException("The simulator process did not start: " + e, e);
        }
    }

    /** Finds the base URL in the banner, then keeps draining the output so the process never blocks on a full pipe. */
    private static void readOutput(InputStream output, CompletableFuture<String> baseUrl) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            StringBuilder early = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!baseUrl.isDone()) {
                    if (line.startsWith(BANNER)) {
                        baseUrl.complete(line.substring(BANNER.length()).split("\\s+")[0]);
                    } else if (early.length() < 4000) {
                        early.append(line).append('\n');
                    }
                }
            }
            baseUrl.completeExceptionally(new IllegalStateException("the simulator exited: " + early));
        } catch (IOException e) {
            baseUrl.completeExceptionally(e);
        }
    }

    public SimulatorTarget target() {
        return new SimulatorTarget(baseUrl, SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET);
    }

    public long pid() {
        return process.pid();
    }

    /** Sets the latency the simulator adds to every REST answer (the token endpoint excepted). */
    public void latencyMillis(long millis) throws IOException, InterruptedException {
        call("PUT", "/_sim/faults", "{\"latencyMillis\":" + millis + "}");
    }

    /** Forgets every entered contact, token and counter. */
    public void reset() throws IOException, InterruptedException {
        call("POST", "/_sim/reset", "");
    }

    /** Contacts recorded as entered since the last reset. */
    public long contactsEntered() throws IOException, InterruptedException {
        return call("GET", "/_sim/stats", null).path("contactsEntered").asLong(-1);
    }

    /** Token requests since the last reset. */
    public long tokenRequests() throws IOException, InterruptedException {
        return call("GET", "/_sim/stats", null).path("tokenRequests").asLong(-1);
    }

    private JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(CALL_TIMEOUT);
        request = body == null
                ? request.GET()
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(config);
    }
}
