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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field of a journey's entry data extension. Immutable: every modifier returns a new field, so
 * {@code DataExtensionField.text("Email", 254).type(FieldType.EMAIL_ADDRESS).required()} reads naturally.
 * A field is <em>required</em> when it is not nullable and has no default value (SOAP {@code IsRequired}).
 */
public final class DataExtensionField {
    private final String name;
    private final FieldType type;
    private final Integer length;
    private final Integer scale;
    private final boolean primaryKey;
    private final boolean nullable;
    private final String defaultValue;

    private DataExtensionField(
            String name,
            FieldType type,
            Integer length,
            Integer scale,
            boolean primaryKey,
            boolean nullable,
            String defaultValue) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A field needs a name");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.length = length;
        this.scale = scale;
        this.primaryKey = primaryKey;
        this.nullable = nullable && !primaryKey;
        this.defaultValue = defaultValue;
    }

    /** A Text primary key (never nullable), typically {@code ContactKey}. */
    public static DataExtensionField primaryKey(String name, int length) {
        return new DataExtensionField(name, FieldType.TEXT, length, null, true, false, null);
    }

    /** A nullable Text field. */
    public static DataExtensionField text(String name, int length) {
        return new DataExtensionField(name, FieldType.TEXT, length, null, false, true, null);
    }

    /** A nullable Number (integer) field. */
    public static DataExtensionField number(String name) {
        return new DataExtensionField(name, FieldType.NUMBER, null, null, false, true, null);
    }

    /** A nullable EmailAddress field of length 254. */
    public static DataExtensionField email(String name) {
        return new DataExtensionField(name, FieldType.EMAIL_ADDRESS, 254, null, false, true, null);
    }

    /** A nullable field of the given type; Text-like types get the SFMC default length (Text 4000, EmailAddress 254, Phone 50, Locale 5). */
    public static DataExtensionField of(String name, FieldType type) {
        Integer length = switch (type) {
            case TEXT -> 4000;
            case EMAIL_ADDRESS -> 254;
            case PHONE -> 50;
            case LOCALE -> 5;
            case DECIMAL -> 18;
            default -> null;
        };
        Integer scale = type == FieldType.DECIMAL ? 2 : null;
        return new DataExtensionField(name, type, length, scale, false, true, null);
    }

    public DataExtensionField type(FieldType newType) {
        Integer newLength = length;
        if (newType == FieldType.EMAIL_ADDRESS && length == null) {
            newLength = 254;
        }
        return new DataExtensionField(name, newType, newLength, scale, primaryKey, nullable, defaultValue);
    }

    public DataExtensionField length(Integer newLength) {
        return new DataExtensionField(name, type, newLength, scale, primaryKey, nullable, defaultValue);
    }

    public DataExtensionField scale(Integer newScale) {
        return new DataExtensionField(name, type, length, newScale, primaryKey, nullable, defaultValue);
    }

    /** Not nullable. Required unless it also has a default value. */
    public DataExtensionField required() {
        return new DataExtensionField(name, type, length, scale, primaryKey, false, defaultValue);
    }

    public DataExtensionField nullable() {
        return new DataExtensionField(name, type, length, scale, primaryKey, true, defaultValue);
    }

    public DataExtensionField primaryKey() {
        return new DataExtensionField(name, type, length, scale, true, false, defaultValue);
    }

    public DataExtensionField defaultValue(String value) {
        return new DataExtensionField(name, type, length, scale, primaryKey, nullable, value);
    }

    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    public Integer length() {
        return length;
    }

    public Integer scale() {
        return scale;
    }

    public boolean isPrimaryKey() {
        return primaryKey;
    }

    public boolean isNullable() {
        return nullable;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** Not nullable and no default value. */
    public boolean isRequired() {
        return !nullable && defaultValue == null;
    }

    /**
     * Checks a non-null JSON value against the field type.
     *
     * @return {@code null} when the value fits, otherwise a description naming the field and the value
     */
    String checkValue(JsonNode value) {
        switch (type) {
            case NUMBER -> {
                if (value.isIntegralNumber()) {
                    return null;
                }
                if (value.isNumber()
                        && value.decimalValue().stripTrailingZeros().scale() <= 0) {
                    return null;
                }
                if (value.isTextual() && value.asText().trim().matches("[+-]?\\d+")) {
                    return null;
                }
                return invalid(value, "is not a whole number");
            }
            case DECIMAL -> {
                if (value.isNumber()) {
                    return null;
                }
                if (value.isTextual()) {
                    try {
                        new BigDecimal(value.asText().trim());
                        return null;
                    } catch (NumberFormatException e) {
                        return invalid(value, "is not a number");
                    }
                }
                return invalid(value, "is not a number");
            }
            case BOOLEAN -> {
                if (value.isBoolean()) {
                    return null;
                }
                if (value.isTextual()) {
                    String s = value.asText().trim();
                    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                        return null;
                    }
                }
                return invalid(value, "is not a boolean");
            }
            case DATE -> {
                if (!value.isTextual() || !isIsoDate(value.asText().trim())) {
                    return invalid(value, "is not an ISO-8601 date");
                }
                return null;
            }
            case EMAIL_ADDRESS -> {
                if (!value.isTextual()) {
                    return invalid(value, "is not an email address");
                }
                String s = value.asText();
                int at = s.indexOf('@');
                if (at <= 0 || at == s.length() - 1 || s.indexOf('@', at + 1) >= 0 || s.contains(" ")) {
                    return invalid(value, "is not an email address");
                }
                return checkLength(value, s);
            }
            default -> {
                if (!value.isValueNode()) {
                    return invalid(value, "is not a scalar value");
                }
                return checkLength(value, value.asText());
            }
        }
    }

    private String checkLength(JsonNode value, String s) {
        if (length != null && s.length() > length) {
            return "Field '" + name + "' value of length " + s.length() + " exceeds the maximum length " + length;
        }
        return null;
    }

    private String invalid(JsonNode value, String why) {
        String shown = value.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return "Field '" + name + "' (" + type.jsonValue() + ") value " + shown + " " + why;
    }

    private static boolean isIsoDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            LocalDateTime.parse(s);
            return true;
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException ignored) {
            return false;
        }
    }

    @Override
    public String toString() {
        return name + " " + type.jsonValue() + (length != null ? "(" + length + ")" : "")
                + (primaryKey ? " primary key" : "") + (nullable ? " nullable" : " not null")
                + (defaultValue != null ? " default '" + defaultValue + "'" : "");
    }
}
