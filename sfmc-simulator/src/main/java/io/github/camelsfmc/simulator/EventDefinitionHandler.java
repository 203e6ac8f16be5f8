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

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /interaction/v1/eventDefinitions/key:{key}} or {@code /{id}}: the event definition of a journey. */
final class EventDefinitionHandler implements Handler {
    private final SimulatorState state;

    EventDefinitionHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        String ref = req.segments().get(3);
        boolean byKey = ref.regionMatches(true, 0, "key:", 0, 4);
        Journey journey = null;
        if (byKey) {
            journey = state.findJourney(ref.substring(4));
        } else {
            for (Journey j : state.journeys()) {
                if (j.eventDefinitionId().equalsIgnoreCase(ref)) {
                    journey = j;
                    break;
                }
            }
        }
        if (!Errors.journeyVisible(req, journey, byKey ? ref.substring(4) : ref)) {
            return;
        }
        req.send(200, json(journey));
    }

    private ObjectNode json(Journey j) {
        String created = state.dates.format(state.createdAt);
        ObjectNode b = Json.object();
        b.put("id", j.eventDefinitionId());
        b.put("type", j.eventType());
        b.put("name", j.name() + " Event");
        b.put("description", "");
        b.put("createdDate", created);
        b.put("createdBy", 700000000 + j.mid());
        b.put("modifiedDate", created);
        b.put("modifiedBy", 700000000 + j.mid());
        b.put("mode", j.mode());
        b.put("eventDefinitionKey", j.eventDefinitionKey());
        b.put("dataExtensionId", j.dataExtensionId());
        b.put("dataExtensionName", j.dataExtensionName());
        b.put("sourceApplicationExtensionId", "7db1f972-f8b7-49b6-91b5-fa218e13953d");
        b.put("filterDefinitionTemplate", "");
        b.put("iconUrl", "/events/images/icon_journeyBuilder-event-api-blue.svg");
        ObjectNode args = b.putObject("arguments");
        args.put("serializedObjectType", 11);
        args.put("eventDefinitionKey", j.eventDefinitionKey());
        args.put("dataExtensionId", j.dataExtensionId());
        args.put("automationId", "00000000-0000-0000-0000-000000000000");
        args.put("criteria", "");
        args.put("useHighWatermark", false);
        ObjectNode meta = b.putObject("metaData");
        meta.put("scheduleState", "No Schedule");
        meta.put("criteriaDescription", "");
        b.put("interactionCount", 1);
        schema(j, b.putObject("schema"));
        b.put("isVisibleInPicker", true);
        b.put("isPlatformObject", false);
        b.put("category", "Event");
        boolean published = j.versions().stream().anyMatch(v -> v.status() == JourneyStatus.PUBLISHED);
        b.put("publishedInteractionCount", published ? 1 : 0);
        b.put("automationId", "00000000-0000-0000-0000-000000000000");
        b.put("disableDEDataLogging", false);
        return b;
    }

    /** The event definition schema (sfmc-api.md 4.1 and "Event Definition Schema"): the DE's fields and the sendable one. */
    private static void schema(Journey j, ObjectNode schema) {
        schema.put("id", j.dataExtensionId());
        schema.put("name", j.dataExtensionName());
        schema.put("sendableCustomObjectField", j.sendableField());
        schema.put("sendableSubscriberField", "SubscriberKey");
        var fields = schema.putArray("fields");
        for (DataExtensionField f : j.fields()) {
            ObjectNode o = fields.addObject();
            o.put("name", f.name());
            o.put("dataType", f.type().jsonValue());
            if (f.length() != null) {
                o.put("maxLength", String.valueOf(f.length()));
            }
            o.put("isNullable", f.isNullable());
            o.put("isPrimaryKey", f.isPrimaryKey());
            o.put("isDevicePreference", false);
            if (f.defaultValue() != null) {
                o.put("defaultValue", f.defaultValue());
            }
        }
    }
}
