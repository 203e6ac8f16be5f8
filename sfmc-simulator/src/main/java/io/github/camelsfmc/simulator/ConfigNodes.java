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

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks on the nodes of a simulator config (required values, objects, allowed keys) and their error messages,
 * which never show a secret: they end up on consoles and in logs.
 */
final class ConfigNodes {
    /** Keys whose values never appear in an error message. */
    private static final Set<String> SECRETS = Set.of("clientSecret", "inspectionToken");

    private ConfigNodes() {}

    static String required(JsonNode node, String name) {
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
