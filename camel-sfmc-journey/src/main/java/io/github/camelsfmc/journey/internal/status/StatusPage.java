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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.model.EntryStatus;

/**
 * One page of {@code GET /interaction/v1/async/events/status}. SFMC documents the top level ({@code page} and
 * {@code pageSize} as strings, {@code count} as the total over all pages) but not the items, so items are read
 * leniently: a missing field is null and an unknown one is kept in {@link EntryStatus#getOtherFields()}.
 */
record StatusPage(int count, List<EntryStatus> items) {

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

    /** Reads a page, or returns null when the body is not a JSON object with an items array. */
    static StatusPage read(JsonNode body, ObjectMapper objectMapper) {
        if (body == null || !body.isObject() || !body.path("items").isArray()) {
            return null;
        }
        List<EntryStatus> items = new ArrayList<>();
        for (JsonNode item : body.get("items")) {
            if (item.isObject()) {
                items.add(item(item, objectMapper));
            }
        }
        int count = body.path("count").isNumber() || body.path("count").isTextual()
                ? body.path("count").asInt(items.size())
                : items.size();
        return new StatusPage(count, items);
    }

    private static EntryStatus item(JsonNode item, ObjectMapper objectMapper) {
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
                date(text(item, "createdDate")),
                date(text(item, "modifiedDate")),
                other);
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** An ISO-8601 date with or without offset; without one it is read as UTC, since SFMC does not document it. */
    static Instant date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
