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
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /interaction/v1/async/events/status}: what became of batch members, filtered, paged, per MID. */
final class BatchStatusHandler implements Handler {
    private static final Set<String> STATUS_TYPES = Set.of("queued", "processed", "errored");

    private final SimulatorState state;

    BatchStatusHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        String requestId = req.queryValue("requestId");
        String contactKey = req.queryValue("contactKey");
        String eventInstanceId = req.queryValue("eventInstanceId");
        String key = req.queryValue("eventDefinitionKey");
        String type = req.queryValue("type");
        if (requestId == null && contactKey == null && eventInstanceId == null && key == null && type == null) {
            Errors.send(
                    req,
                    400,
                    "At least one of type, contactKey, requestId, eventInstanceId or eventDefinitionKey is required.",
                    10002);
            return;
        }
        if (type != null && !STATUS_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            Errors.send(req, 400, "type must be one of queued, processed, errored.", 10005);
            return;
        }
        Paging paging = Paging.of(req);
        if (paging == null) {
            return;
        }
        int mid = req.token().mid();
        List<Ledger.BatchMemberStatus> matches = new ArrayList<>();
        for (Ledger.BatchMemberStatus s : state.ledger.batchStatuses()) {
            if (s.mid() == mid
                    && (requestId == null || requestId.equals(s.requestId()))
                    && (contactKey == null || contactKey.equals(s.contactKey()))
                    && (eventInstanceId == null || eventInstanceId.equals(s.eventInstanceId()))
                    && (key == null || key.equals(s.eventDefinitionKey()))
                    && (type == null || type.equalsIgnoreCase(s.status()))) {
                matches.add(s);
            }
        }
        ArrayNode items = Json.array();
        for (int i = paging.from(); i < paging.to(matches.size()); i++) {
            items.add(item(matches.get(i)));
        }
        ObjectNode b = Json.object();
        b.put("page", String.valueOf(paging.page()));
        b.put("pageSize", String.valueOf(paging.pageSize()));
        b.put("count", matches.size());
        b.set("items", items);
        req.send(200, b);
    }

    private static ObjectNode item(Ledger.BatchMemberStatus s) {
        ObjectNode item = Json.object();
        item.put("eventInstanceId", s.eventInstanceId());
        item.put("requestId", s.requestId());
        item.put("contactKey", s.contactKey());
        item.put("eventDefinitionKey", s.eventDefinitionKey());
        item.put("status", s.status());
        if (s.errorcode() != null) {
            item.put("errorcode", s.errorcode());
            item.put("message", s.message());
        }
        item.put("createdDate", Json.date(s.created()));
        item.put("modifiedDate", Json.date(s.modified()));
        return item;
    }
}
