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
        int mid = req.token().mid();
        List<Journey> matches = new ArrayList<>();
        for (Journey j : state.journeys()) {
            if (j.mid() == mid && (status == null || j.status().jsonValue().equalsIgnoreCase(status))) {
                matches.add(j);
            }
        }
        ArrayNode items = Json.array();
        for (int i = paging.from(); i < paging.to(matches.size()); i++) {
            items.add(journeyJson(matches.get(i), withActivities, withStats));
        }
        ObjectNode b = Json.object();
        b.put("count", matches.size());
        b.put("page", paging.page());
        b.put("pageSize", paging.pageSize());
        b.putObject("links");
        b.set("items", items);
        req.send(200, b);
    }

    private ObjectNode journeyJson(Journey j, boolean withActivities, boolean withStats) {
        String created = Json.date(state.createdAt);
        ObjectNode o = Json.object();
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
            ObjectNode t = o.putArray("triggers").addObject();
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
        o.put("status", j.status().jsonValue());
        o.put("definitionId", Journey.stableId("definition", j.eventDefinitionKey()));
        o.put("scheduledStatus", "Draft");
        return o;
    }
}
