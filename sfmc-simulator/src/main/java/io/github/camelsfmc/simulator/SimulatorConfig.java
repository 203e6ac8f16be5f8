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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the simulator configuration file (YAML or JSON, same structure) into a {@link SfmcSimulator.Builder}.
 * The format is documented in the module README; unknown keys are rejected so typos do not go unnoticed. The
 * journeys and faults sections are read by {@link JourneyConfig} and {@link FaultsConfig}.
 */
final class SimulatorConfig {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> TOP = Set.of(
            "port",
            "bindAddress",
            "inspectionToken",
            "threads",
            "tokenLifetimeSeconds",
            "processingDelayMillis",
            "clients",
            "journeys",
            "faults");
    private static final Set<String> CLIENT = Set.of("clientId", "clientSecret", "mids");

    private SimulatorConfig() {}

    static SfmcSimulator.Builder load(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        try (InputStream in = Files.newInputStream(path)) {
            return load(in, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read simulator config " + path, e);
        }
    }

    static SfmcSimulator.Builder load(InputStream in, boolean yaml) {
        JsonNode root;
        try {
            root = (yaml ? YAML : JSON).readTree(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot parse simulator config: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return SfmcSimulator.withDefaults();
        }
        ConfigNodes.requireObject(root, "config");
        ConfigNodes.checkKeys(root, TOP, "config");
        SfmcSimulator.Builder b = SfmcSimulator.builder();
        if (root.has("port")) {
            b.port(root.get("port").asInt());
        }
        if (root.hasNonNull("bindAddress")) {
            b.bindAddress(root.get("bindAddress").asText());
        }
        if (root.hasNonNull("inspectionToken")) {
            b.inspectionToken(root.get("inspectionToken").asText());
        }
        if (root.has("threads")) {
            b.threads(root.get("threads").asInt());
        }
        if (root.has("tokenLifetimeSeconds")) {
            b.tokenLifetimeSeconds(root.get("tokenLifetimeSeconds").asInt());
        }
        if (root.has("processingDelayMillis")) {
            b.processingDelay(
                    Duration.ofMillis(root.get("processingDelayMillis").asLong()));
        }
        JsonNode clients = root.get("clients");
        if (clients == null || clients.isEmpty()) {
            b.client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET);
        } else {
            for (JsonNode c : clients) {
                ConfigNodes.requireObject(c, "client");
                ConfigNodes.checkKeys(c, CLIENT, "client");
                List<Integer> mids = new ArrayList<>();
                if (c.has("mids")) {
                    for (JsonNode m : c.get("mids")) {
                        mids.add(m.asInt());
                    }
                }
                b.client(
                        ConfigNodes.required(c, "clientId"),
                        ConfigNodes.required(c, "clientSecret"),
                        mids.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        JsonNode journeys = root.get("journeys");
        if (journeys == null || journeys.isEmpty()) {
            b.journey(DefaultJourney.builder().build());
        } else {
            for (JsonNode j : journeys) {
                b.journey(JourneyConfig.journey(j));
            }
        }
        JsonNode faults = root.get("faults");
        if (faults != null && !faults.isNull()) {
            Faults f = Faults.none();
            FaultsConfig.apply(f, faults);
            b.faults(f);
        }
        return b;
    }
}
