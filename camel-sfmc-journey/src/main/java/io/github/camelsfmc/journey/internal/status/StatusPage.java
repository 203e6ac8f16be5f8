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
package io.github.camelsfmc.journey.internal.status;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.model.EntryStatus;

import static io.github.camelsfmc.journey.internal.status.StatusItemFields.date;
import static io.github.camelsfmc.journey.internal.status.StatusItemFields.text;

/**
 * One page of {@code GET /interaction/v1/async/events/status}. SFMC documents the top level ({@code page} and
 * {@code pageSize} as strings, {@code count} as the total over all pages) but not the items, so items are read
 * leniently: a missing field is null and an unknown one is kept in {@link EntryStatus#getOtherFields()}.
 *
 * @param page       the page SFMC says this is, or 0 when it did not say
 * @param pageSize   the page size SFMC says it used, or 0 when it did not say
 * @param count      SFMC's total over all pages, or -1 when it did not say
 * @param items      the statuses of this page
 * @param itemsGiven false when the answer had no {@code items} array at all: nothing is known yet, which is not the
 *                   same as "no statuses"
 */
record StatusPage(int page, int pageSize, int count, List<EntryStatus> items, boolean itemsGiven) {

    private static final Set<String> KNOWN_FIELDS = Set.of(
            "eventInstanceId",
            "requestId",
            "contactKey",
            "eventDefinitionKey",
            "status",
            "errorcode",
            "message",
            "createdDate",
            "modifiedDate");

    /** Reads a page, or returns null when the body is not a JSON object. */
    static StatusPage read(JsonNode body, ObjectMapper objectMapper, ZoneId dateZone) {
        if (body == null || !body.isObject()) {
            return null;
        }
        boolean itemsGiven = body.path("items").isArray();
        List<EntryStatus> items = new ArrayList<>();
        if (itemsGiven) {
            for (JsonNode item : body.get("items")) {
                if (item.isObject()) {
                    items.add(item(item, objectMapper, dateZone));
                }
            }
        }
        return new StatusPage(
                StatusItemFields.number(body.path("page"), 0),
                StatusItemFields.number(body.path("pageSize"), 0),
                StatusItemFields.number(body.path("count"), -1),
                items,
                itemsGiven);
    }

    private static EntryStatus item(JsonNode item, ObjectMapper objectMapper, ZoneId dateZone) {
        Map<String, Object> other = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!KNOWN_FIELDS.contains(field.getKey())) {
                other.put(field.getKey(), objectMapper.convertValue(field.getValue(), Object.class));
            }
        }
        return new EntryStatus(
                text(item, "eventInstanceId"),
                text(item, "requestId"),
                text(item, "contactKey"),
                text(item, "eventDefinitionKey"),
                text(item, "status"),
                text(item, "errorcode"),
                text(item, "message"),
                date(text(item, "createdDate"), dateZone),
                date(text(item, "modifiedDate"), dateZone),
                other);
    }
}
