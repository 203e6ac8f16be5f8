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
 * The simulator's own API under {@code /_sim} (not part of SFMC, no auth): what entered, what was dropped and why,
 * counters, and runtime control.
 */
final class InspectionApi {
    private final SfmcSimulator sim;
    private final ApiHandler http;

    InspectionApi(SfmcSimulator sim, ApiHandler http) {
        this.sim = sim;
        this.http = http;
    }

    void handle(ApiHandler.Request req) throws IOException {
        List<String> seg = ApiHandler.segments(req.path);
        String m = req.method;
        int n = seg.size();
        if (n == 2 && seg.get(1).equals("stats") && m.equals("GET")) {
            http.send(req, 200, ApiHandler.MAPPER.valueToTree(sim.stats()), null);
        } else if (n == 2 && seg.get(1).equals("reset") && m.equals("POST")) {
            sim.reset();
            http.send(req, 200, ApiHandler.MAPPER.createObjectNode().put("reset", true), null);
        } else if (n == 3 && seg.get(1).equals("tokens") && seg.get(2).equals("expire") && m.equals("POST")) {
            int expired = sim.expireAllTokens();
            http.send(req, 200, ApiHandler.MAPPER.createObjectNode().put("expired", expired), null);
        } else if (n == 2 && seg.get(1).equals("faults") && m.equals("GET")) {
            http.send(req, 200, faultsJson(sim.faults()), null);
        } else if (n == 2 && seg.get(1).equals("faults") && m.equals("PUT")) {
            putFaults(req);
        } else if (n == 2 && seg.get(1).equals("journeys") && m.equals("GET")) {
            ArrayNode items = ApiHandler.array();
            for (Journey j : sim.journeys()) {
                items.add(journeySummary(j));
            }
            http.send(req, 200, ApiHandler.MAPPER.createObjectNode().set("items", items), null);
        } else if (n == 4 && seg.get(1).equals("journeys") && seg.get(3).equals("entries") && m.equals("GET")) {
            entries(req, seg.get(2));
        } else if (n == 4 && seg.get(1).equals("journeys") && seg.get(3).equals("drops") && m.equals("GET")) {
            drops(req, seg.get(2));
        } else if (n == 4 && seg.get(1).equals("journeys") && seg.get(3).equals("status") && m.equals("PUT")) {
            putStatus(req, seg.get(2));
        } else {
            http.notFound(req);
        }
    }

    private Journey journeyOr404(ApiHandler.Request req, String key) throws IOException {
        Journey j = sim.findJourney(key);
        if (j == null) {
            http.send(req, 404, ApiHandler.error("No journey with event definition key '" + key + "'.", 30003), null);
        }
        return j;
    }

    private void entries(ApiHandler.Request req, String key) throws IOException {
        if (journeyOr404(req, key) == null) {
            return;
        }
        ArrayNode items = ApiHandler.array();
        for (Entry e : sim.entered(key)) {
            ObjectNode o = items.addObject();
            o.put("contactKey", e.contactKey());
            o.set("data", ApiHandler.MAPPER.valueToTree(e.data()));
            o.put("eventInstanceId", e.eventInstanceId());
            o.put("requestId", e.requestId());
            o.put("via", e.via().name());
            o.put("at", e.at().toString());
        }
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
        b.put("eventDefinitionKey", key);
        b.put("count", items.size());
        b.set("items", items);
        http.send(req, 200, b, null);
    }

    private void drops(ApiHandler.Request req, String key) throws IOException {
        if (journeyOr404(req, key) == null) {
            return;
        }
        ArrayNode items = ApiHandler.array();
        for (Drop d : sim.dropped(key)) {
            ObjectNode o = items.addObject();
            o.put("contactKey", d.contactKey());
            o.set("data", ApiHandler.MAPPER.valueToTree(d.data()));
            o.put("eventInstanceId", d.eventInstanceId());
            o.put("reason", d.reason().name());
            o.put("detail", d.detail());
            o.put("requestId", d.requestId());
            o.put("via", d.via().name());
            o.put("at", d.at().toString());
        }
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
        b.put("eventDefinitionKey", key);
        b.put("count", items.size());
        b.set("items", items);
        http.send(req, 200, b, null);
    }

    private void putStatus(ApiHandler.Request req, String key) throws IOException {
        Journey j = journeyOr404(req, key);
        if (j == null) {
            return;
        }
        JsonNode body = ApiHandler.parseJson(req.body);
        String status = ApiHandler.text(body, "status");
        if (status == null) {
            http.send(
                    req,
                    400,
                    ApiHandler.error("Body must be {\"status\":\"Draft|Published|Paused|Stopped\"}.", 10002),
                    null);
            return;
        }
        try {
            j.status(JourneyStatus.fromJson(status));
        } catch (IllegalArgumentException e) {
            http.send(req, 400, ApiHandler.error(e.getMessage(), 10005), null);
            return;
        }
        http.send(req, 200, journeySummary(j), null);
    }

    private void putFaults(ApiHandler.Request req) throws IOException {
        JsonNode body = ApiHandler.parseJson(req.body);
        if (body == null || !body.isObject()) {
            http.send(req, 400, ApiHandler.error("Body must be a JSON object of fault settings.", 10004), null);
            return;
        }
        try {
            SimulatorConfig.applyFaults(sim.faults(), body);
        } catch (IllegalArgumentException e) {
            http.send(req, 400, ApiHandler.error(e.getMessage(), 10005), null);
            return;
        }
        http.send(req, 200, faultsJson(sim.faults()), null);
    }

    private ObjectNode journeySummary(Journey j) {
        ObjectNode o = ApiHandler.MAPPER.createObjectNode();
        o.put("eventDefinitionKey", j.eventDefinitionKey());
        o.put("name", j.name());
        o.put("status", j.status().jsonValue());
        o.put("entryMode", j.entryMode().jsonValue());
        o.put("mid", j.mid());
        o.put("dataExtensionId", j.dataExtensionId());
        o.put("entered", sim.entryCount(j.eventDefinitionKey()));
        o.put("dropped", sim.dropCount(j.eventDefinitionKey()));
        return o;
    }

    static ObjectNode faultsJson(Faults f) {
        ObjectNode o = ApiHandler.MAPPER.createObjectNode();
        o.put("seed", f.seed());
        o.put("latencyMillis", f.latencyMillis());
        o.put("throttleRate", f.throttleRate());
        o.put("retryAfterSeconds", f.retryAfterSeconds());
        o.put("serverErrorRate", f.serverErrorRate());
        o.put("maxConcurrentRequests", f.maxConcurrentRequests());
        o.put("faultTokenEndpoint", f.faultTokenEndpoint());
        o.put("faultAllRestEndpoints", f.faultAllRestEndpoints());
        return o;
    }
}
