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
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulator's own API under {@code /_sim} (not part of SFMC, no SFMC token; access is checked by
 * {@link InspectionGuard}): what entered, what was dropped and why, counters, and runtime control.
 */
final class InspectionHandler implements Handler {
    private final SimulatorState state;

    InspectionHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        List<String> seg = req.segments();
        String m = req.method;
        int n = seg.size();
        if (n == 2 && seg.get(1).equals("stats") && m.equals("GET")) {
            req.send(200, Json.MAPPER.valueToTree(state.counters.snapshot()));
        } else if (n == 2 && seg.get(1).equals("reset") && m.equals("POST")) {
            state.reset();
            req.send(200, Json.object().put("reset", true));
        } else if (n == 3 && seg.get(1).equals("tokens") && seg.get(2).equals("expire") && m.equals("POST")) {
            int expired = state.tokens.expireAll();
            req.send(200, Json.object().put("expired", expired));
        } else if (n == 2 && seg.get(1).equals("faults") && m.equals("GET")) {
            req.send(200, faultsJson(state.faults()));
        } else if (n == 2 && seg.get(1).equals("faults") && m.equals("PUT")) {
            putFaults(req);
        } else if (n == 2 && seg.get(1).equals("journeys") && m.equals("GET")) {
            ArrayNode items = Json.array();
            for (Journey j : state.journeys()) {
                items.add(journeySummary(j));
            }
            req.send(200, Json.object().set("items", items));
        } else if (n == 4 && seg.get(1).equals("journeys") && seg.get(3).equals("entries") && m.equals("GET")) {
            entries(req, seg.get(2));
        } else if (n == 4 && seg.get(1).equals("journeys") && seg.get(3).equals("drops") && m.equals("GET")) {
            drops(req, seg.get(2));
        } else if (n == 4 && seg.get(1).equals("journeys") && seg.get(3).equals("status") && m.equals("PUT")) {
            putStatus(req, seg.get(2));
        } else {
            Errors.notFound(req);
        }
    }

    private Journey journeyOr404(Request req, String key) throws IOException {
        Journey j = state.findJourney(key);
        if (j == null) {
            Errors.send(req, 404, "No journey with event definition key '" + key + "'.", 30003);
        }
        return j;
    }

    private void entries(Request req, String key) throws IOException {
        if (journeyOr404(req, key) == null) {
            return;
        }
        ArrayNode items = Json.array();
        for (Entry e : state.ledger.entered(key)) {
            ObjectNode o = items.addObject();
            o.put("contactKey", e.contactKey());
            o.set("data", Json.MAPPER.valueToTree(e.data()));
            o.put("eventInstanceId", e.eventInstanceId());
            o.put("requestId", e.requestId());
            o.put("via", e.via().name());
            o.put("at", e.at().toString());
        }
        ObjectNode b = Json.object();
        b.put("eventDefinitionKey", key);
        b.put("count", items.size());
        b.set("items", items);
        req.send(200, b);
    }

    private void drops(Request req, String key) throws IOException {
        if (journeyOr404(req, key) == null) {
            return;
        }
        ArrayNode items = Json.array();
        for (Drop d : state.ledger.dropped(key)) {
            ObjectNode o = items.addObject();
            o.put("contactKey", d.contactKey());
            o.set("data", Json.MAPPER.valueToTree(d.data()));
            o.put("eventInstanceId", d.eventInstanceId());
            o.put("reason", d.reason().name());
            o.put("detail", d.detail());
            o.put("requestId", d.requestId());
            o.put("via", d.via().name());
            o.put("at", d.at().toString());
        }
        ObjectNode b = Json.object();
        b.put("eventDefinitionKey", key);
        b.put("count", items.size());
        b.set("items", items);
        req.send(200, b);
    }

    private void putStatus(Request req, String key) throws IOException {
        Journey j = journeyOr404(req, key);
        if (j == null) {
            return;
        }
        JsonNode body = req.json();
        String status = Json.text(body, "status");
        if (status == null) {
            Errors.send(req, 400, "Body must be {\"status\":\"Draft|Published|Paused|Stopped\"}.", 10002);
            return;
        }
        try {
            j.status(JourneyStatus.fromJson(status));
        } catch (IllegalArgumentException e) {
            Errors.send(req, 400, e.getMessage(), 10005);
            return;
        }
        req.send(200, journeySummary(j));
    }

    private void putFaults(Request req) throws IOException {
        JsonNode body = req.json();
        if (body == null || !body.isObject()) {
            Errors.send(req, 400, "Body must be a JSON object of fault settings.", 10004);
            return;
        }
        try {
            FaultsConfig.apply(state.faults(), body);
        } catch (IllegalArgumentException e) {
            Errors.send(req, 400, e.getMessage(), 10005);
            return;
        }
        req.send(200, faultsJson(state.faults()));
    }

    private ObjectNode journeySummary(Journey j) {
        ObjectNode o = Json.object();
        o.put("eventDefinitionKey", j.eventDefinitionKey());
        o.put("name", j.name());
        o.put("status", j.status().jsonValue());
        o.put("entryMode", j.entryMode().jsonValue());
        o.put("mid", j.mid());
        o.put("dataExtensionId", j.dataExtensionId());
        o.put("entered", state.ledger.entryCount(j.eventDefinitionKey()));
        o.put("dropped", state.ledger.dropCount(j.eventDefinitionKey()));
        return o;
    }

    static ObjectNode faultsJson(Faults f) {
        ObjectNode o = Json.object();
        o.put("seed", f.seed());
        o.put("latencyMillis", f.latencyMillis());
        o.put("throttleRate", f.throttleRate());
        o.put("retryAfterSeconds", f.retryAfterSeconds());
        o.put("serverErrorRate", f.serverErrorRate());
        o.put("resetAfterReadRate", f.resetAfterReadRate());
        o.put("maxConcurrentRequests", f.maxConcurrentRequests());
        o.put("faultTokenEndpoint", f.faultTokenEndpoint());
        o.put("faultAllRestEndpoints", f.faultAllRestEndpoints());
        o.set("hostile", HostileAnswersConfig.json(f.hostile()));
        return o;
    }
}
