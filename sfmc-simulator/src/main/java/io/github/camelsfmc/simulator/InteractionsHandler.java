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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /interaction/v1/interactions?status=&extras=}: the journeys of the caller's MID, paged. */
final class InteractionsHandler implements Handler {
    private final SimulatorState state;

    InteractionsHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        String status = req.queryValue("status");
        String extras = req.queryValue("extras");
        Paging paging = Paging.of(req);
        if (paging == null) {
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
        // SFMC's default is true: only the newest version of each journey, whatever its status
        boolean mostRecentOnly = !"false".equalsIgnoreCase(req.queryValue("mostRecentVersionOnly"));
        String versionNumber = req.queryValue("versionNumber");
        int mid = req.token().mid();
        List<Map.Entry<Journey, JourneyVersion>> matches = new ArrayList<>();
        for (Journey j : state.journeys()) {
            if (j.mid() != mid) {
                continue;
            }
            List<JourneyVersion> versions = j.versions();
            for (int i = versions.size() - 1; i >= 0; i--) {
                JourneyVersion v = versions.get(i);
                if ((status == null || v.status().jsonValue().equalsIgnoreCase(status))
                        && (versionNumber == null || versionNumber.equals(String.valueOf(v.number())))) {
                    matches.add(Map.entry(j, v));
                }
                if (mostRecentOnly && versionNumber == null) {
                    break;
                }
            }
        }
        ArrayNode items = Json.array();
        for (int i = paging.from(); i < paging.to(matches.size()); i++) {
            items.add(journeyJson(matches.get(i).getKey(), matches.get(i).getValue(), withActivities, withStats));
        }
        ObjectNode b = Json.object();
        b.put("count", matches.size());
        b.put("page", paging.page());
        b.put("pageSize", paging.pageSize());
        b.putObject("links");
        b.set("items", items);
        req.send(200, b);
    }

    private ObjectNode journeyJson(Journey j, JourneyVersion v, boolean withActivities, boolean withStats) {
        ObjectNode o = Json.object();
        o.put("id", v.id());
        o.put("key", j.journeyKey());
        o.put("name", j.name());
        o.put("description", j.description());
        o.put("version", v.number());
        o.put("workflowApiVersion", 1);
        o.put("createdDate", state.dates.format(v.createdAt()));
        o.put("modifiedDate", state.dates.format(v.changedAt()));
        o.put(
                "lastPublishedDate",
                v.activatedAt() == null ? "0001-01-01T00:00:00" : state.dates.format(v.activatedAt()));
        if (withActivities) {
            ObjectNode t = o.putArray("triggers").addObject();
            t.put("id", Ids.stable("trigger", j.eventDefinitionKey()));
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
            long entered = state.ledger.entryCount(j.eventDefinitionKey());
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
        o.put("status", v.status().jsonValue());
        o.put("definitionId", JourneyHistoryHandler.definitionId(j));
        o.put("scheduledStatus", "Draft");
        return o;
    }
}
