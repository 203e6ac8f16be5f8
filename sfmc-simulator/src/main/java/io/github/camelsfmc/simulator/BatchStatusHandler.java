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
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /interaction/v1/async/events/status}: what became of batch members, filtered, paged, per MID. One of
 * type, contactKey, requestId, eventInstanceId or eventDefinitionKey is required; startDate and endDate bound
 * modifiedDate (default: the last 30 days); $orderBy needs requestId, contactKey or eventInstanceId.
 */
final class BatchStatusHandler implements Handler {
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
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
        String orderBy = req.queryValue("$orderBy");
        boolean descending = false;
        if (orderBy != null) {
            if (requestId == null && contactKey == null && eventInstanceId == null) {
                Errors.send(req, 400, "$orderBy requires one of requestId, contactKey or eventInstanceId.", 10002);
                return;
            }
            String[] order = orderBy.trim().split("\\s+");
            if (!order[0].equalsIgnoreCase("modifiedDate")
                    || order.length > 2
                    || (order.length == 2 && !order[1].matches("(?i)ASC|DESC"))) {
                Errors.send(req, 400, "$orderBy must be modifiedDate ASC or modifiedDate DESC.", 10005);
                return;
            }
            descending = order.length == 2 && order[1].equalsIgnoreCase("DESC");
        }
        Instant end = date(req.queryValue("endDate"), state.clock.instant());
        Instant start = end == null ? null : date(req.queryValue("startDate"), end.minus(DEFAULT_WINDOW));
        if (start == null) {
            Errors.send(req, 400, "startDate and endDate must be ISO-8601 dates such as 2026-11-02T10:15:30Z.", 10005);
            return;
        }
        Paging asked = Paging.of(req);
        if (asked == null) {
            return;
        }
        int cap = state.statusApi.pageSizeCap();
        Paging paging = cap > 0 && asked.pageSize() > cap ? new Paging(asked.page(), cap) : asked;
        Instant now = state.clock.instant();
        Duration visibilityDelay = state.statusApi.visibilityDelay();
        int mid = req.token().mid();
        List<BatchMemberStatus> matches = new ArrayList<>();
        for (BatchMemberStatus latest : state.ledger.batchStatuses()) {
            BatchMemberStatus s = latest.visibleAt(now, visibilityDelay);
            if (s != null
                    && s.mid() == mid
                    && !s.modified().isBefore(start)
                    && !s.modified().isAfter(end)
                    && (requestId == null || requestId.equals(s.requestId()))
                    && (contactKey == null || contactKey.equals(s.contactKey()))
                    && (eventInstanceId == null || eventInstanceId.equals(s.eventInstanceId()))
                    && (key == null || key.equals(s.eventDefinitionKey()))
                    && (type == null || type.equalsIgnoreCase(s.status()))) {
                matches.add(s);
            }
        }
        Comparator<BatchMemberStatus> byModified = Comparator.comparing(BatchMemberStatus::modified);
        matches.sort(descending ? byModified.reversed() : byModified);
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

    /** An ISO-8601 date with or without offset (then in the configured zone); {@code dflt} when absent. */
    private Instant date(String text, Instant dflt) {
        return text == null || text.isBlank() ? dflt : state.dates.parse(text);
    }

    private ObjectNode item(BatchMemberStatus s) {
        ObjectNode item = Json.object();
        item.put("eventInstanceId", s.eventInstanceId());
        item.put("requestId", s.requestId());
        item.put("contactKey", s.contactKey());
        item.put("eventDefinitionKey", s.eventDefinitionKey());
        item.put("status", s.status());
        if (s.errorcode() != null) {
            item.put("errorcode", s.errorcode());
            item.put("message", state.faults().hostile().lengthen(s.message()));
        }
        item.put("createdDate", state.dates.format(s.created()));
        item.put("modifiedDate", state.dates.format(s.modified()));
        return item;
    }
}
