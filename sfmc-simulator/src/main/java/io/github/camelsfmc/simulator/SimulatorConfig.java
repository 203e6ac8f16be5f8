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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the simulator configuration file (YAML or JSON, same structure) into a {@link SfmcSimulator.Builder}.
 * The format is documented in the module README; unknown keys are rejected so typos do not go unnoticed.
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
    private static final Set<String> JOURNEY = Set.of(
            "eventDefinitionKey",
            "name",
            "description",
            "journeyKey",
            "status",
            "entryMode",
            "mid",
            "dataExtensionId",
            "dataExtensionName",
            "eventType",
            "mode",
            "rejectUnknownFields",
            "knownContactsOnly",
            "knownContacts",
            "fields");
    private static final Set<String> FIELD =
            Set.of("name", "type", "length", "scale", "primaryKey", "nullable", "required", "defaultValue");
    private static final Set<String> FAULTS = Set.of(
            "hostile",
            "seed",
            "latencyMillis",
            "throttleRate",
            "retryAfterSeconds",
            "serverErrorRate",
            "resetAfterReadRate",
            "maxConcurrentRequests",
            "faultTokenEndpoint",
            "faultAllRestEndpoints");

    /** Keys whose values never appear in an error message. */
    private static final Set<String> SECRETS = Set.of("clientSecret", "inspectionToken");

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
        requireObject(root, "config");
        checkKeys(root, TOP, "config");
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
            b.processingDelay(java.time.Duration.ofMillis(
                    root.get("processingDelayMillis").asLong()));
        }
        JsonNode clients = root.get("clients");
        if (clients == null || clients.isEmpty()) {
            b.client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET);
        } else {
            for (JsonNode c : clients) {
                requireObject(c, "client");
                checkKeys(c, CLIENT, "client");
                List<Integer> mids = new ArrayList<>();
                if (c.has("mids")) {
                    for (JsonNode m : c.get("mids")) {
                        mids.add(m.asInt());
                    }
                }
                b.client(
                        required(c, "clientId"),
                        required(c, "clientSecret"),
                        mids.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        JsonNode journeys = root.get("journeys");
        if (journeys == null || journeys.isEmpty()) {
            b.journey(SfmcSimulator.defaultJourney().build());
        } else {
            for (JsonNode j : journeys) {
                b.journey(journey(j));
            }
        }
        JsonNode faults = root.get("faults");
        if (faults != null && !faults.isNull()) {
            Faults f = Faults.none();
            applyFaults(f, faults);
            b.faults(f);
        }
        return b;
    }

    private static Journey journey(JsonNode j) {
        requireObject(j, "journey");
        checkKeys(j, JOURNEY, "journey");
        Journey.Builder b = Journey.builder(required(j, "eventDefinitionKey"));
        if (j.hasNonNull("name")) {
            b.name(j.get("name").asText());
        }
        if (j.hasNonNull("description")) {
            b.description(j.get("description").asText());
        }
        if (j.hasNonNull("journeyKey")) {
            b.journeyKey(j.get("journeyKey").asText());
        }
        if (j.hasNonNull("status")) {
            b.status(JourneyStatus.fromJson(j.get("status").asText()));
        }
        if (j.hasNonNull("entryMode")) {
            b.entryMode(EntryMode.fromJson(j.get("entryMode").asText()));
        }
        if (j.has("mid")) {
            b.mid(j.get("mid").asInt());
        }
        if (j.hasNonNull("dataExtensionId")) {
            b.dataExtensionId(j.get("dataExtensionId").asText());
        }
        if (j.hasNonNull("dataExtensionName")) {
            b.dataExtensionName(j.get("dataExtensionName").asText());
        }
        if (j.hasNonNull("eventType")) {
            b.eventType(j.get("eventType").asText());
        }
        if (j.hasNonNull("mode")) {
            b.mode(j.get("mode").asText());
        }
        if (j.has("rejectUnknownFields")) {
            b.rejectUnknownFields(j.get("rejectUnknownFields").asBoolean());
        }
        if (j.has("knownContactsOnly")) {
            b.knownContactsOnly(j.get("knownContactsOnly").asBoolean());
        }
        if (j.has("knownContacts")) {
            List<String> keys = new ArrayList<>();
            for (JsonNode k : j.get("knownContacts")) {
                keys.add(k.asText());
            }
            b.knownContacts(keys);
        }
        if (j.has("fields")) {
            for (JsonNode f : j.get("fields")) {
                b.field(field(f));
            }
        }
        return b.build();
    }

    private static DataExtensionField field(JsonNode f) {
        requireObject(f, "field");
        checkKeys(f, FIELD, "field");
        FieldType type = f.hasNonNull("type") ? FieldType.fromJson(f.get("type").asText()) : FieldType.TEXT;
        DataExtensionField field = DataExtensionField.of(required(f, "name"), type);
        if (f.has("length")) {
            field = field.length(
                    f.get("length").isNull() ? null : f.get("length").asInt());
        }
        if (f.has("scale")) {
            field = field.scale(f.get("scale").isNull() ? null : f.get("scale").asInt());
        }
        if (f.path("primaryKey").asBoolean(false)) {
            field = field.primaryKey();
        }
        if (f.path("required").asBoolean(false)
                || (f.has("nullable") && !f.get("nullable").asBoolean())) {
            field = field.required();
        }
        if (f.hasNonNull("defaultValue")) {
            field = field.defaultValue(f.get("defaultValue").asText());
        }
        return field;
    }

    /** Applies the fault settings present in {@code node} (absent ones are left alone). */
    static void applyFaults(Faults f, JsonNode node) {
        requireObject(node, "faults");
        checkKeys(node, FAULTS, "faults");
        if (node.has("latencyMillis")) {
            f.latencyMillis(node.get("latencyMillis").asLong());
        }
        if (node.has("throttleRate")) {
            f.throttleRate(node.get("throttleRate").asDouble());
        }
        if (node.has("retryAfterSeconds")) {
            f.retryAfterSeconds(node.get("retryAfterSeconds").asInt());
        }
        if (node.has("serverErrorRate")) {
            f.serverErrorRate(node.get("serverErrorRate").asDouble());
        }
        if (node.has("resetAfterReadRate")) {
            f.resetAfterReadRate(node.get("resetAfterReadRate").asDouble());
        }
        if (node.has("maxConcurrentRequests")) {
            f.maxConcurrentRequests(node.get("maxConcurrentRequests").asInt());
        }
        if (node.has("faultTokenEndpoint")) {
            f.faultTokenEndpoint(node.get("faultTokenEndpoint").asBoolean());
        }
        if (node.has("faultAllRestEndpoints")) {
            f.faultAllRestEndpoints(node.get("faultAllRestEndpoints").asBoolean());
        }
        if (node.has("seed")) {
            f.seed(node.get("seed").asLong());
        }
        if (node.has("hostile")) {
            HostileAnswersConfig.apply(f.hostile(), node.get("hostile"));
        }
    }

    private static String required(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException("Simulator config: '" + name + "' is required in " + redacted(node));
        }
        return v.asText();
    }

    static void requireObject(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(
                    "Simulator config: " + what + " must be an object, got " + redacted(node));
        }
    }

    /** The node as text for an error message, with secrets masked: error messages end up on consoles and in logs. */
    static String redacted(JsonNode node) {
        if (node == null || !node.isContainerNode()) {
            return String.valueOf(node);
        }
        JsonNode copy = node.deepCopy();
        mask(copy);
        return copy.toString();
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (SECRETS.contains(k) && !o.get(k).isNull()) {
                    o.put(k, "****");
                }
            }
        }
        for (JsonNode child : node) {
            mask(child);
        }
    }

    static void checkKeys(JsonNode node, Set<String> allowed, String what) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(
                        "Simulator config: unknown key '" + k + "' in " + what + "; allowed: " + allowed);
            }
        }
    }
}
