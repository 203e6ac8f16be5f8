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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /interaction/v1/interactions/journeyhistory/search} (sfmc-api.md 10.2): what happened to contacts in
 * journeys, from the ledger. One row when a contact entered (activity {@value #ENTRY_ACTIVITY}) and one when it
 * finished ({@link SfmcSimulator#finishJourney}, activity {@value #EXIT_ACTIVITY}), 30 days back at most.
 *
 * <p>
 * The reference documents the endpoint, the 30-day retention and the columns (TransactionTime, ContactKey, Status,
 * DefinitionId, DefinitionName, ActivityId, ActivityName, ActivityType, from the download API). Inferred here: the body
 * filters {@code contactKeys}, {@code definitionIds}, {@code start} and {@code end}; paging by {@code $page} and
 * {@code $pageSize}; the answer {@code {count, page, pageSize, items}} with the columns in lower camel case;
 * {@code definitionId} being the interaction's {@code definitionId}; the activity names and the status
 * {@code Complete}.
 */
final class JourneyHistoryHandler implements Handler {
    static final String ENTRY_ACTIVITY = "Journey entry";
    static final String EXIT_ACTIVITY = "Journey exit";
    static final Duration RETENTION = Duration.ofDays(30);

    private record Row(Journey journey, Entry entry, String activity, Instant at) {}

    private final SimulatorState state;

    JourneyHistoryHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        if (!req.token().hasScope(ContactMembershipHandler.REQUIRED_SCOPE)) {
            Errors.send(req, 403, "Insufficient privileges", 20002);
            return;
        }
        Paging paging = Paging.of(req);
        if (paging == null) {
            return;
        }
        JsonNode body = req.json();
        Set<String> contactKeys = texts(Json.prop(body, "contactKeys"));
        Set<String> definitionIds = texts(Json.prop(body, "definitionIds"));
        Instant now = state.clock.instant();
        Instant start = date(Json.prop(body, "start"), now.minus(RETENTION));
        Instant end = date(Json.prop(body, "end"), now);
        if (start == null || end == null) {
            Errors.send(req, 400, "start and end must be ISO-8601 dates such as 2026-11-02T10:15:30Z.", 10005);
            return;
        }
        Instant from = start.isBefore(now.minus(RETENTION)) ? now.minus(RETENTION) : start;
        List<Row> rows = new ArrayList<>();
        for (Journey j : state.journeys()) {
            if (j.mid() != req.token().mid() || !matches(definitionIds, definitionId(j))) {
                continue;
            }
            Set<String> exited = new HashSet<>();
            for (Entry e : state.ledger.entered(j.eventDefinitionKey())) {
                if (!matches(contactKeys, e.journeyContactKey())) {
                    continue;
                }
                rows.add(new Row(j, e, ENTRY_ACTIVITY, e.at()));
                Instant finished = state.ledger.finishedAt(j.eventDefinitionKey(), e.journeyContactKey());
                if (finished != null && exited.add(e.journeyContactKey())) {
                    rows.add(new Row(j, e, EXIT_ACTIVITY, finished));
                }
            }
        }
        rows.removeIf(r -> r.at().isBefore(from) || r.at().isAfter(end));
        rows.sort(Comparator.comparing(Row::at));
        ArrayNode items = Json.array();
        for (int i = paging.from(); i < paging.to(rows.size()); i++) {
            items.add(item(rows.get(i)));
        }
        ObjectNode b = Json.object();
        b.put("count", rows.size());
        b.put("page", paging.page());
        b.put("pageSize", paging.pageSize());
        b.set("items", items);
        req.send(200, b);
    }

    private ObjectNode item(Row r) {
        ObjectNode o = Json.object();
        o.put("id", Ids.stable("history", r.entry().eventInstanceId() + r.activity()));
        o.put("eventId", r.entry().eventInstanceId());
        o.put("definitionId", definitionId(r.journey()));
        o.put("definitionName", r.journey().name());
        o.put("contactKey", r.entry().journeyContactKey());
        o.put("transactionTime", state.dates.format(r.at()));
        o.put("status", "Complete");
        o.put("activityId", Ids.stable("activity", r.journey().eventDefinitionKey() + r.activity()));
        o.put("activityName", r.activity());
        o.put("activityType", r.activity().equals(ENTRY_ACTIVITY) ? "EVENT" : "EXIT");
        return o;
    }

    /** The same definitionId as {@code GET /interaction/v1/interactions} writes for the journey. */
    static String definitionId(Journey j) {
        return Ids.stable("definition", j.eventDefinitionKey());
    }

    private Instant date(JsonNode node, Instant dflt) {
        return node == null || node.isNull() || node.asText().isBlank() ? dflt : state.dates.parse(node.asText());
    }

    private static Set<String> texts(JsonNode array) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static boolean matches(Set<String> filter, String value) {
        return filter == null || filter.contains(value);
    }
}
