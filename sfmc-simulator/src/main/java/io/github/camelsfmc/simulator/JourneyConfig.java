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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one journey of the simulator config file, with its entry data extension fields. */
final class JourneyConfig {
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

    private JourneyConfig() {}

    static Journey journey(JsonNode j) {
        ConfigNodes.requireObject(j, "journey");
        ConfigNodes.checkKeys(j, JOURNEY, "journey");
        Journey.Builder b = Journey.builder(ConfigNodes.required(j, "eventDefinitionKey"));
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
        ConfigNodes.requireObject(f, "field");
        ConfigNodes.checkKeys(f, FIELD, "field");
        FieldType type = f.hasNonNull("type") ? FieldType.fromJson(f.get("type").asText()) : FieldType.TEXT;
        DataExtensionField field = DataExtensionField.of(ConfigNodes.required(f, "name"), type);
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
}
