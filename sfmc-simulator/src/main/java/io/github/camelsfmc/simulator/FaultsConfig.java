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

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the {@code faults} section of the simulator config, also the body of {@code PUT /_sim/faults}; the
 * {@code hostile} part is read by {@link HostileAnswersConfig}.
 */
final class FaultsConfig {
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

    private FaultsConfig() {}

    /** Applies the fault settings present in {@code node} (absent ones are left alone). */
    static void apply(Faults f, JsonNode node) {
        ConfigNodes.requireObject(node, "faults");
        ConfigNodes.checkKeys(node, FAULTS, "faults");
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
}
