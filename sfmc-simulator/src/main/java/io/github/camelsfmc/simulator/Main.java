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
package io.github.camelsfmc.simulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator from the command line:
 * {@code java -jar sfmc-simulator-<version>-standalone.jar [--port 8085] [--host ADDRESS] [--config sim.yaml]
 * [--inspection-token T] [--latency-ms N] [--throttle-rate R] [--error-rate R] [--seed S] [--token-lifetime SECONDS]}.
 * <p>
 * It listens on loopback unless {@code --host} (or the config's {@code bindAddress}) says otherwise, and never
 * prints client secrets or the inspection token.
 */
public final class Main {
    static final int DEFAULT_PORT = 8085;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        SfmcSimulator sim;
        try {
            sim = start(System.out, args);
        } catch (IllegalArgumentException e) {
            System.err.println("sfmc-simulator: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (sim == null) {
            return; // --help
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sim.close();
                            stopped.countDown();
                        },
                        "sfmc-sim-shutdown"));
        stopped.await();
    }

    /** Parses the flags, starts the simulator and prints where it is; returns null for --help. */
    public static SfmcSimulator start(PrintStream out, String... args) {
        Integer port = null;
        String host = null;
        String inspectionToken = null;
        Path config = null;
        Long latency = null;
        Double throttle = null;
        Double error = null;
        Long seed = null;
        Integer lifetime = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            if (a.equals("--help") || a.equals("-h")) {
                out.println(usage());
                return null;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value for " + a);
                }
                value = args[++i];
            }
            try {
                switch (a) {
                    case "--port" -> port = Integer.parseInt(value);
                    case "--host" -> host = value;
                    case "--inspection-token" -> inspectionToken = value;
                    case "--config" -> config = Path.of(value);
                    case "--latency-ms" -> latency = Long.parseLong(value);
                    case "--throttle-rate" -> throttle = Double.parseDouble(value);
                    case "--error-rate" -> error = Double.parseDouble(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--token-lifetime" -> lifetime = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("Unknown option " + a);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Bad number for " + a + ": " + value);
            }
        }
        SfmcSimulator.Builder b = config != null ? SfmcSimulator.fromConfig(config) : SfmcSimulator.withDefaults();
        if (port != null) {
            b.port(port);
        } else if (!b.hasPort()) {
            b.port(DEFAULT_PORT);
        }
        if (host != null) {
            b.bindAddress(host);
        }
        if (inspectionToken != null) {
            b.inspectionToken(inspectionToken);
        }
        if (lifetime != null) {
            b.tokenLifetimeSeconds(lifetime);
        }
        SfmcSimulator sim = b.build();
        if (latency != null) {
            sim.faults().latencyMillis(latency);
        }
        if (throttle != null) {
            sim.faults().throttleRate(throttle);
        }
        if (error != null) {
            sim.faults().serverErrorRate(error);
        }
        if (seed != null) {
            sim.faults().seed(seed);
        }
        sim.start();
        printBanner(out, sim);
        return sim;
    }

    private static void printBanner(PrintStream out, SfmcSimulator sim) {
        String base = sim.baseUrl();
        out.println("SFMC simulator listening on " + base + "  (bound to " + sim.boundAddress() + ")");
        out.println("  auth URL and REST URL: " + base + "/  (token: POST " + base + "/v2/token)");
        // Client secrets are never printed: they may be real-looking ones from a config file.
        sim.clientMids().forEach((id, mids) -> out.println("  client: " + id + "  MIDs " + mids));
        for (Journey j : sim.journeys()) {
            out.println("  event definition key: " + j.eventDefinitionKey() + "  ("
                    + j.status().jsonValue() + ", " + j.entryMode().jsonValue() + ", MID " + j.mid() + ")");
        }
        out.println("  faults: " + sim.faults());
        out.println("  inspection: GET " + base + "/_sim/journeys/{key}/entries | /drops, GET " + base
                + "/_sim/stats, POST " + base + "/_sim/reset, POST " + base + "/_sim/tokens/expire, PUT " + base
                + "/_sim/faults, PUT " + base + "/_sim/journeys/{key}/status");
        out.flush();
    }

    static String usage() {
        return "Usage: java -jar sfmc-simulator-standalone.jar [--port 8085] [--host ADDRESS]\n"
                + "       [--config file.yaml|file.json] [--inspection-token T]\n"
                + "       [--latency-ms N] [--throttle-rate 0..1] [--error-rate 0..1] [--seed N] [--token-lifetime S]\n"
                + "Without --config: client sim-client/sim-secret (MID 100), journey Sim-Welcome-Event.\n"
                + "--port 0 picks a free port; without --port the config's port (or 8085) is used.\n"
                + "Listens on loopback only unless --host is given (0.0.0.0: every interface). /_sim answers\n"
                + "loopback callers only, or, with --inspection-token, callers sending it in X-Sim-Inspection-Token.";
    }
}
