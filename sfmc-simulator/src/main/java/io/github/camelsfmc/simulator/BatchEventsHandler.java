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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /interaction/v1/async/events}: up to 100 contacts into one journey; 202 with one result per member in
 * request order. Each queued member is processed by the journey after the simulator's processing delay; its status,
 * queued until then, is kept for the status API ({@link BatchStatusHandler}).
 */
final class BatchEventsHandler implements Handler {
    static final int MAX_BATCH = 100;

    private final SimulatorState state;

    BatchEventsHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        JsonNode body = req.json();
        String key = Json.text(body, "eventDefinitionKey");
        if (key == null) {
            Errors.send(req, 400, "eventDefinitionKey is required.", 10002);
            return;
        }
        JsonNode members = Json.prop(body, "members");
        if (members == null || !members.isArray() || members.isEmpty()) {
            Errors.send(req, 400, "members is required and must contain at least one member.", 10002);
            return;
        }
        if (members.size() > MAX_BATCH) {
            Errors.send(
                    req,
                    400,
                    "members cannot contain more than " + MAX_BATCH + " contacts; the request has " + members.size()
                            + ".",
                    10005);
            return;
        }
        Journey journey = state.findJourney(key);
        if (!Errors.journeyVisible(req, journey, key)) {
            return;
        }
        String requestId = Ids.uuid();
        ArrayNode results = Json.array();
        int notQueued = 0;
        for (JsonNode member : members) {
            if (!member(journey, key, requestId, member, results.addObject())) {
                notQueued++;
            }
        }
        ObjectNode b = Json.object();
        b.put("requestId", requestId);
        b.put("count", members.size());
        b.put("notQueuedCount", notQueued);
        b.set("members", results);
        req.send(202, b);
    }

    /** Answers one member into {@code r} and records its status; false when it was not queued. */
    private boolean member(Journey journey, String key, String requestId, JsonNode member, ObjectNode r) {
        Instant now = state.clock.instant();
        JsonNode ck = Json.prop(member, "contactKey");
        String contactKey = Json.text(member, "contactKey");
        JsonNode data = Json.prop(member, "data");
        String error = null;
        String errorcode = null;
        if (contactKey == null) {
            errorcode = "10002";
            error = "contactKey is required.";
        } else if (data != null && !data.isNull() && !data.isObject()) {
            errorcode = "10001";
            error = "data must be a JSON object of data extension fields.";
        } else if (journey.rejectUnknownFields()) {
            error = AdmissionRules.unknownField(journey, data);
            errorcode = error == null ? null : "10001";
        }
        if (error != null) {
            if (ck != null && ck.isValueNode() && !ck.isNull()) {
                r.put("contactKey", lengthen(ck.asText()));
            } else {
                r.putNull("contactKey");
            }
            r.put("errorcode", errorcode);
            r.put("message", lengthen(error));
            state.ledger.recordBatchStatus(new BatchMemberStatus(
                    null, requestId, contactKey, key, journey.mid(), "errored", errorcode, error, now, now, null));
            return false;
        }
        String eventInstanceId = Ids.uuid();
        r.put("contactKey", lengthen(contactKey));
        r.put("eventInstanceId", eventInstanceId);
        state.ledger.queue(
                journey, contactKey, data, eventInstanceId, requestId, now, now.plus(state.processingDelay()));
        state.ledger.processDue();
        return true;
    }

    /** The echo of a text, made long under {@link HostileAnswers#longTexts(int)}. */
    private String lengthen(String text) {
        return state.faults().hostile().lengthen(text);
    }
}
