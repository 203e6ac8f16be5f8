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
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How the fields of SFMC's async status page and of its items are read, by the status consumer and by reconciliation.
 */
public final class StatusItemFields {

    private StatusItemFields() {}

    /** A field's text; null when missing, null or not a plain value. */
    public static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** SFMC sends page and pageSize as strings and count as a number; either is accepted, else {@code absent}. */
    public static int number(JsonNode value, int absent) {
        if (value.isNumber()) {
            return value.asInt(absent);
        }
        if (value.isTextual()) {
            try {
                return Integer.parseInt(value.asText().trim());
            } catch (NumberFormatException notANumber) {
                return absent;
            }
        }
        return absent;
    }

    /**
     * An ISO-8601 date with or without offset. SFMC's status page does not say which zone a date without an offset
     * is in, so it is read in the configured zone (UTC unless statusDateZone says otherwise); null when unreadable.
     */
    public static Instant date(String text, ZoneId dateZone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(dateZone).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
