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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The authenticated SFMC REST endpoints. */
final class RestApi {
    private static final int MAX_BATCH = 100;
    private static final Set<String> STATUS_TYPES = Set.of("queued", "processed", "errored");

    private final SfmcSimulator sim;
    private final ApiHandler http;
    private final SfmcSimulator.TokenInfo token;

    RestApi(SfmcSimulator sim, ApiHandler http, SfmcSimulator.TokenInfo token) {
        this.sim = sim;
        this.http = http;
        this.token = token;
    }

    void handle(ApiHandler.Request req, boolean single, boolean batch) throws IOException {
        List<String> seg = ApiHandler.segments(req.path);
        String m = req.method;
        if (single) {
            if (m.equals("POST")) {
                singleEvent(req);
            } else {
                http.notFound(req);
            }
            return;
        }
        if (batch) {
            if (m.equals("POST")) {
                batchEvents(req);
            } else {
                http.notFound(req);
            }
            return;
        }
        if (!m.equals("GET")) {
            http.notFound(req);
            return;
        }
        String lower = req.lowerPath;
        if (lower.equals("/interaction/v1/async/events/status")) {
            batchStatus(req);
        } else if (seg.size() == 4 && lower.startsWith("/interaction/v1/eventdefinitions/")) {
            eventDefinition(req, seg.get(3));
        } else if (lower.equals("/interaction/v1/interactions")) {
            interactions(req);
        } else if (seg.size() == 5 && lower.startsWith("/data/v1/customobjects/") && lower.endsWith("/fields")) {
            dataExtensionFields(req, seg.get(3));
        } else {
            http.notFound(req);
        }
    }

    // ---- POST /interaction/v1/events ---------------------------------------------------------------------------

    private void singleEvent(ApiHandler.Request req) throws IOException {
        JsonNode body = ApiHandler.parseJson(req.body);
        if (body == null || !body.isObject()) {
            badJson(req);
            return;
        }
        String contactKey = ApiHandler.text(body, "ContactKey");
        if (contactKey == null) {
            http.send(req, 400, ApiHandler.error("ContactKey is required.", 10002), null);
            return;
        }
        String key = ApiHandler.text(body, "EventDefinitionKey");
        if (key == null) {
            http.send(req, 400, ApiHandler.error("EventDefinitionKey is required.", 10002), null);
            return;
        }
        Journey journey = sim.findJourney(key);
        if (journey == null) {
            unknownKey(req, key);
            return;
        }
        if (journey.mid() != token.mid()) {
            wrongMid(req);
            return;
        }
        JsonNode data = ApiHandler.prop(body, "Data");
        if (data != null && !data.isNull() && !data.isObject()) {
            http.send(req, 400, ApiHandler.error("Data must be a JSON object of data extension fields.", 10001), null);
            return;
        }
        if (journey.rejectUnknownFields()) {
            String unknown = SfmcSimulator.unknownField(journey, data);
            if (unknown != null) {
                http.send(req, 400, ApiHandler.error(unknown, 10001), null);
                return;
            }
        }
        String eventInstanceId = Ids.uuid();
        sim.admit(journey, contactKey, data, eventInstanceId, null, EntryChannel.SINGLE);
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
        b.put("eventInstanceId", eventInstanceId);
        http.send(req, 201, b, null);
    }

    // ---- POST /interaction/v1/async/events ---------------------------------------------------------------------

    private void batchEvents(ApiHandler.Request req) throws IOException {
        JsonNode body = ApiHandler.parseJson(req.body);
        if (body == null || !body.isObject()) {
            badJson(req);
            return;
        }
        String key = ApiHandler.text(body, "eventDefinitionKey");
        if (key == null) {
            http.send(req, 400, ApiHandler.error("eventDefinitionKey is required.", 10002), null);
            return;
        }
        JsonNode members = ApiHandler.prop(body, "members");
        if (members == null || !members.isArray() || members.isEmpty()) {
            http.send(
                    req,
                    400,
                    ApiHandler.error("members is required and must contain at least one member.", 10002),
                    null);
            return;
        }
        if (members.size() > MAX_BATCH) {
            http.send(
                    req,
                    400,
                    ApiHandler.error(
                            "members cannot contain more than " + MAX_BATCH + " contacts; the request has "
                                    + members.size() + ".",
                            10005),
                    null);
            return;
        }
        Journey journey = sim.findJourney(key);
        if (journey == null) {
            unknownKey(req, key);
            return;
        }
        if (journey.mid() != token.mid()) {
            wrongMid(req);
            return;
        }
        String requestId = Ids.uuid();
        ArrayNode results = ApiHandler.array();
        int notQueued = 0;
        for (JsonNode member : members) {
            ObjectNode r = results.addObject();
            Instant now = Instant.now();
            JsonNode ck = ApiHandler.prop(member, "contactKey");
            String contactKey = ApiHandler.text(member, "contactKey");
            JsonNode data = ApiHandler.prop(member, "data");
            String error = null;
            String errorcode = null;
            if (contactKey == null) {
                errorcode = "10002";
                error = "contactKey is required.";
            } else if (data != null && !data.isNull() && !data.isObject()) {
                errorcode = "10001";
                error = "data must be a JSON object of data extension fields.";
            } else if (journey.rejectUnknownFields()) {
                error = SfmcSimulator.unknownField(journey, data);
                errorcode = error == null ? null : "10001";
            }
            if (error != null) {
                notQueued++;
                if (ck != null && ck.isValueNode() && !ck.isNull()) {
                    r.put("contactKey", ck.asText());
                } else {
                    r.putNull("contactKey");
                }
                r.put("errorcode", errorcode);
                r.put("message", error);
                sim.recordBatchStatus(new SfmcSimulator.BatchMemberStatus(
                        null, requestId, contactKey, key, journey.mid(), "errored", errorcode, error, now, now));
                continue;
            }
            String eventInstanceId = Ids.uuid();
            r.put("contactKey", contactKey);
            r.put("eventInstanceId", eventInstanceId);
            SfmcSimulator.Admission a =
                    sim.admit(journey, contactKey, data, eventInstanceId, requestId, EntryChannel.BATCH);
            if (a.entered()) {
                sim.recordBatchStatus(new SfmcSimulator.BatchMemberStatus(
                        eventInstanceId,
                        requestId,
                        contactKey,
                        key,
                        journey.mid(),
                        "processed",
                        null,
                        null,
                        now,
                        Instant.now()));
            } else {
                sim.recordBatchStatus(new SfmcSimulator.BatchMemberStatus(
                        eventInstanceId,
                        requestId,
                        contactKey,
                        key,
                        journey.mid(),
                        "errored",
                        "30000",
                        "Contact was not admitted to the journey: " + a.reason() + ": " + a.detail(),
                        now,
                        Instant.now()));
            }
        }
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
        b.put("requestId", requestId);
        b.put("count", members.size());
        b.put("notQueuedCount", notQueued);
        b.set("members", results);
        http.send(req, 202, b, null);
    }

    // ---- GET /interaction/v1/async/events/status ---------------------------------------------------------------

    private void batchStatus(ApiHandler.Request req) throws IOException {
        String requestId = blankToNull(req.query("requestId"));
        String contactKey = blankToNull(req.query("contactKey"));
        String eventInstanceId = blankToNull(req.query("eventInstanceId"));
        String key = blankToNull(req.query("eventDefinitionKey"));
        String type = blankToNull(req.query("type"));
        if (requestId == null && contactKey == null && eventInstanceId == null && key == null && type == null) {
            http.send(
                    req,
                    400,
                    ApiHandler.error(
                            "At least one of type, contactKey, requestId, eventInstanceId or "
                                    + "eventDefinitionKey is required.",
                            10002),
                    null);
            return;
        }
        if (type != null && !STATUS_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            http.send(req, 400, ApiHandler.error("type must be one of queued, processed, errored.", 10005), null);
            return;
        }
        int page;
        int pageSize;
        try {
            page = intParam(req.query("$page"), 1);
            pageSize = intParam(req.query("$pageSize"), 50);
        } catch (NumberFormatException e) {
            http.send(req, 400, ApiHandler.error("$page and $pageSize must be positive integers.", 10005), null);
            return;
        }
        List<SfmcSimulator.BatchMemberStatus> matches = new ArrayList<>();
        for (SfmcSimulator.BatchMemberStatus s : sim.batchStatuses()) {
            if (s.mid() == token.mid()
                    && (requestId == null || requestId.equals(s.requestId()))
                    && (contactKey == null || contactKey.equals(s.contactKey()))
                    && (eventInstanceId == null || eventInstanceId.equals(s.eventInstanceId()))
                    && (key == null || key.equals(s.eventDefinitionKey()))
                    && (type == null || type.equalsIgnoreCase(s.status()))) {
                matches.add(s);
            }
        }
        ArrayNode items = ApiHandler.array();
        int from = (page - 1) * pageSize;
        for (int i = from; i < matches.size() && i < from + pageSize; i++) {
            SfmcSimulator.BatchMemberStatus s = matches.get(i);
            ObjectNode item = items.addObject();
            item.put("eventInstanceId", s.eventInstanceId());
            item.put("requestId", s.requestId());
            item.put("contactKey", s.contactKey());
            item.put("eventDefinitionKey", s.eventDefinitionKey());
            item.put("status", s.status());
            if (s.errorcode() != null) {
                item.put("errorcode", s.errorcode());
                item.put("message", s.message());
            }
            item.put("createdDate", ApiHandler.date(s.created()));
            item.put("modifiedDate", ApiHandler.date(s.modified()));
        }
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
        b.put("page", String.valueOf(page));
        b.put("pageSize", String.valueOf(pageSize));
        b.put("count", matches.size());
        b.set("items", items);
        http.send(req, 200, b, null);
    }

    // ---- GET /interaction/v1/eventDefinitions/key:{key} or /{id} -----------------------------------------------

    private void eventDefinition(ApiHandler.Request req, String ref) throws IOException {
        Journey journey = null;
        if (ref.regionMatches(true, 0, "key:", 0, 4)) {
            journey = sim.findJourney(ref.substring(4));
        } else {
            for (Journey j : sim.journeys()) {
                if (j.eventDefinitionId().equalsIgnoreCase(ref)) {
                    journey = j;
                    break;
                }
            }
        }
        if (journey == null) {
            String shown = ref.regionMatches(true, 0, "key:", 0, 4) ? ref.substring(4) : ref;
            unknownKey(req, shown);
            return;
        }
        if (journey.mid() != token.mid()) {
            wrongMid(req);
            return;
        }
        http.send(req, 200, eventDefinitionJson(journey), null);
    }

    private ObjectNode eventDefinitionJson(Journey j) {
        String created = ApiHandler.date(sim.createdAt);
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
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
        b.put("isVisibleInPicker", true);
        b.put("isPlatformObject", false);
        b.put("category", "Event");
        b.put("publishedInteractionCount", j.status() == JourneyStatus.PUBLISHED ? 1 : 0);
        b.put("automationId", "00000000-0000-0000-0000-000000000000");
        b.put("disableDEDataLogging", false);
        return b;
    }

    // ---- GET /interaction/v1/interactions ----------------------------------------------------------------------

    private void interactions(ApiHandler.Request req) throws IOException {
        String status = blankToNull(req.query("status"));
        String extras = blankToNull(req.query("extras"));
        int page;
        int pageSize;
        try {
            page = intParam(req.query("$page"), 1);
            pageSize = intParam(req.query("$pageSize"), 50);
        } catch (NumberFormatException e) {
            http.send(req, 400, ApiHandler.error("$page and $pageSize must be positive integers.", 10005), null);
            return;
        }
        boolean withActivities = false;
        boolean withStats = false;
        if (extras != null) {
            for (String x : extras.toLowerCase(Locale.ROOT).split(",")) {
                x = x.trim();
                withActivities |= x.equals("activities") || x.equals("all");
                withStats |= x.equals("stats") || x.equals("all");
            }
        }
        List<Journey> matches = new ArrayList<>();
        for (Journey j : sim.journeys()) {
            if (j.mid() == token.mid()
                    && (status == null || j.status().jsonValue().equalsIgnoreCase(status))) {
                matches.add(j);
            }
        }
        ArrayNode items = ApiHandler.array();
        int from = (page - 1) * pageSize;
        for (int i = from; i < matches.size() && i < from + pageSize; i++) {
            items.add(journeyJson(matches.get(i), withActivities, withStats));
        }
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
        b.put("count", matches.size());
        b.put("page", page);
        b.put("pageSize", pageSize);
        b.putObject("links");
        b.set("items", items);
        http.send(req, 200, b, null);
    }

    private ObjectNode journeyJson(Journey j, boolean withActivities, boolean withStats) {
        String created = ApiHandler.date(sim.createdAt);
        ObjectNode o = ApiHandler.MAPPER.createObjectNode();
        o.put("id", j.id());
        o.put("key", j.journeyKey());
        o.put("name", j.name());
        o.put("description", j.description());
        o.put("version", 1);
        o.put("workflowApiVersion", 1);
        o.put("createdDate", created);
        o.put("modifiedDate", created);
        o.put("lastPublishedDate", j.status() == JourneyStatus.DRAFT ? "0001-01-01T00:00:00" : created);
        if (withActivities) {
            ArrayNode triggers = o.putArray("triggers");
            ObjectNode t = triggers.addObject();
            t.put("id", Journey.stableId("trigger", j.eventDefinitionKey()));
            t.put("key", "TRIGGER");
            t.put("name", "TRIGGER");
            t.put("type", j.eventType());
            ObjectNode meta = t.putObject("metaData");
            meta.put("eventDefinitionId", j.eventDefinitionId());
            meta.put("eventDefinitionKey", j.eventDefinitionKey());
            meta.put("chainType", "None");
            meta.put("configurationRequired", false);
            meta.put("iconUrl", "/events/images/icon_journeyBuilder-event-api-blue.svg");
            o.putArray("activities");
            o.putArray("goals");
            o.putArray("exits");
            o.putArray("notifiers");
        }
        if (withStats) {
            long entered = sim.entryCount(j.eventDefinitionKey());
            ObjectNode stats = o.putObject("stats");
            stats.put("currentPopulation", entered);
            stats.put("cumulativePopulation", entered);
            stats.put("metGoal", 0);
            stats.put("metExitCriteria", 0);
            stats.put("goalPerformance", 0);
        }
        o.put("entryMode", j.entryMode().jsonValue());
        o.put("definitionType", "Multistep");
        o.put("channel", "");
        o.putObject("metaData").put("dataSource", "ContactsModel");
        o.put("executionMode", "Production");
        o.put("status", j.status().jsonValue());
        o.put("definitionId", Journey.stableId("definition", j.eventDefinitionKey()));
        o.put("scheduledStatus", "Draft");
        return o;
    }

    // ---- GET /data/v1/customobjects/{id}/fields ----------------------------------------------------------------

    private void dataExtensionFields(ApiHandler.Request req, String deId) throws IOException {
        Journey journey = null;
        for (Journey j : sim.journeys()) {
            if (j.dataExtensionId().equalsIgnoreCase(deId) && j.mid() == token.mid()) {
                journey = j;
                break;
            }
        }
        if (journey == null) {
            http.send(req, 404, ApiHandler.error("Data extension '" + deId + "' was not found.", 30003), null);
            return;
        }
        List<DataExtensionField> fields = journey.fields();
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
        b.put("id", journey.dataExtensionId());
        b.put("fieldCount", fields.size());
        b.putObject("links");
        ArrayNode arr = b.putArray("fields");
        int ordinal = 0;
        for (DataExtensionField f : fields) {
            ObjectNode o = arr.addObject();
            o.put("id", Journey.stableId("field", journey.dataExtensionId() + "/" + f.name()));
            o.put("name", f.name());
            o.put("type", f.type().jsonValue());
            if (f.length() != null) {
                o.put("length", f.length());
            }
            if (f.scale() != null) {
                o.put("scale", f.scale());
            }
            o.put("ordinal", ordinal++);
            o.put("isPrimaryKey", f.isPrimaryKey());
            o.put("isNullable", f.isNullable());
            if (f.defaultValue() != null) {
                o.put("defaultValue", f.defaultValue());
            }
            o.put("description", "");
            o.put("isHidden", false);
            o.put("isInheritable", false);
            o.put("isOverridable", true);
            o.put("isReadOnly", false);
            o.put("isTemplateField", false);
            o.put("mustOverride", false);
            o.put("masktype", "None");
            o.put("storagetype", "Plain");
        }
        http.send(req, 200, b, null);
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    private void badJson(ApiHandler.Request req) throws IOException {
        http.send(
                req,
                400,
                ApiHandler.error("Invalid message format: the request body is not a valid JSON object.", 10004),
                null);
    }

    private void unknownKey(ApiHandler.Request req, String key) throws IOException {
        http.send(
                req,
                400,
                ApiHandler.error("Unable to find an event definition for EventDefinitionKey '" + key + "'.", 30000),
                null);
    }

    private void wrongMid(ApiHandler.Request req) throws IOException {
        http.send(
                req,
                403,
                ApiHandler.error(
                        "Authorization token invalid on this endpoint: the event definition "
                                + "belongs to another business unit (MID).",
                        40002),
                null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static int intParam(String s, int dflt) {
        if (s == null || s.isBlank()) {
            return dflt;
        }
        int v = Integer.parseInt(s.trim());
        if (v < 1) {
            throw new NumberFormatException("not positive");
        }
        return v;
    }
}
