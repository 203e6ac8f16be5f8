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
package io.github.camelsfmc.journey.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelsfmc.journey.internal.payload.DataExtensionFields.Field;
import io.github.camelsfmc.journey.model.EntryEvent;

/**
 * Checks a contact's {@code Data} against the entry data extension, catching what SFMC would otherwise drop silently:
 * a field that is not in the data extension (SFMC field names are case-sensitive), a missing required field, and a
 * value that does not fit the field's type or length.
 */
public final class EntrySchemaValidator {

    /** SFMC's own limit on a ContactKey (subscriber key), whatever the data extension says. */
    public static final int SFMC_CONTACT_KEY_LENGTH = 254;

    /** At most this many findings are spelled out per contact; the rest are counted. */
    static final int MAX_FINDINGS = 5;

    /** At most this many field names are listed when a field is not in the data extension. */
    private static final int MAX_FIELDS_LISTED = 50;

    /** Values and names quoted in findings are cut to this length, so one bad contact cannot make a huge message. */
    private static final int MAX_QUOTED = 64;

    private EntrySchemaValidator() {}

    /**
     * What in this contact SFMC would drop it for, each finding naming the field; empty when the contact fits. At
     * most {@value #MAX_FINDINGS} findings plus a count of the others; the data extension's fields are listed once.
     *
     * @param schema the entry data extension, or null when it could not be read (only SFMC's own limits are checked)
     */
    public static List<String> validate(EntryEvent event, EntrySchema schema) {
        Findings findings = new Findings();
        String contactKeyProblem = contactKeyProblem(event, schema);
        if (contactKeyProblem != null) {
            findings.add(contactKeyProblem);
        }
        if (schema == null) {
            return findings.list(null);
        }
        boolean unknownField = false;
        for (Map.Entry<String, Object> entry : event.getData().entrySet()) {
            String name = entry.getKey();
            Field field = schema.field(name);
            if (field == null) {
                Field near = schema.fieldIgnoringCase(name);
                if (near != null) {
                    findings.add("Data field " + quote(name) + " is not in " + dataExtension(schema)
                            + " - did you mean '" + near.name()
                            + "'? SFMC field names are case-sensitive");
                } else {
                    findings.add("Data field " + quote(name) + " is not in " + dataExtension(schema));
                    unknownField = true;
                }
                continue;
            }
            String valueProblem = checkValue(field, plain(entry.getValue()));
            if (valueProblem != null) {
                findings.add("Data field " + quote(name) + " " + valueProblem);
            }
        }
        for (Field field : schema.requiredFields()) {
            Object value = plain(event.getData().get(field.name()));
            // a key field left out of Data is filled from the ContactKey by SFMC
            boolean filledFromContactKey = field.isKey() && !event.getData().containsKey(field.name());
            if (field.isRequired() && !filledFromContactKey && (value == null || "".equals(value))) {
                findings.add("Required field '" + field.name() + "' of " + dataExtension(schema) + " is "
                        + (event.getData().containsKey(field.name()) ? "empty" : "missing"));
            }
        }
        return findings.list(
                unknownField
                        ? "Its fields are " + fieldNames(schema)
                                + ": remove the others from Data or add them in Contact Builder"
                        : null);
    }

    /**
     * A ContactKey SFMC would not take: longer than SFMC allows, or than the data extension's key field that SFMC
     * fills from it.
     */
    private static String contactKeyProblem(EntryEvent event, EntrySchema schema) {
        int length = event.getContactKey() == null ? 0 : event.getContactKey().length();
        if (length > SFMC_CONTACT_KEY_LENGTH) {
            return "ContactKey is " + length + " characters long; SFMC takes at most " + SFMC_CONTACT_KEY_LENGTH;
        }
        if (schema == null) {
            return null;
        }
        for (Field field : schema.keyFields()) {
            if (field.isKey()
                    && !event.getData().containsKey(field.name())
                    && field.length() != null
                    && field.length() > 0
                    && length > field.length()) {
                return "ContactKey is " + length + " characters long; the key field '" + field.name()
                        + "' of data extension '" + schema.getDataExtensionName() + "' holds at most "
                        + field.length();
            }
        }
        return null;
    }

    /** Built only for a finding: most contacts have none. */
    private static String dataExtension(EntrySchema schema) {
        return "data extension '" + schema.getDataExtensionName() + "'";
    }

    private static String fieldNames(EntrySchema schema) {
        List<String> names = new ArrayList<>(schema.fields().keySet());
        if (names.size() <= MAX_FIELDS_LISTED) {
            return names.toString();
        }
        return names.subList(0, MAX_FIELDS_LISTED) + " and " + (names.size() - MAX_FIELDS_LISTED) + " more";
    }

    /** A name or value in quotes, cut short when it is long. */
    public static String quote(String text) {
        if (text.length() <= MAX_QUOTED) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, MAX_QUOTED) + "...' (" + text.length() + " characters)";
    }

    /** The first few findings of a contact, and how many more there were. */
    private static final class Findings {
        /** Allocated at the first finding: most contacts have none. */
        private List<String> listed;

        private int more;

        void add(String finding) {
            if (listed == null) {
                listed = new ArrayList<>(MAX_FINDINGS);
            }
            if (listed.size() < MAX_FINDINGS) {
                listed.add(finding);
            } else {
                more++;
            }
        }

        List<String> list(String closingNote) {
            if (listed == null && closingNote == null) {
                return List.of();
            }
            if (listed == null) {
                listed = new ArrayList<>(2);
            }
            if (more > 0) {
                listed.add("and " + more + " more problems like these");
            }
            if (closingNote != null) {
                listed.add(closingNote);
            }
            return listed;
        }
    }

    private static String checkValue(Field field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode node && node.isContainerNode()) {
            return "holds a JSON " + node.getNodeType().name().toLowerCase()
                    + "; data extension fields take single values";
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            return "holds a " + value.getClass().getSimpleName() + "; data extension fields take single values";
        }
        String type = field.type() == null ? "Text" : field.type();
        String text = String.valueOf(value);
        switch (type) {
            case "Number":
                if (!isInteger(value)) {
                    return "is a Number field but got " + quote(text);
                }
                return null;
            case "Decimal":
                if (!isDecimal(value)) {
                    return "is a Decimal field but got " + quote(text);
                }
                return null;
            case "Boolean":
                if (!(value instanceof Boolean || "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text))) {
                    return "is a Boolean field but got " + quote(text);
                }
                return null;
            case "Date":
                if (!isDate(value)) {
                    return "is a Date field but got " + quote(text)
                            + "; send an ISO-8601 date such as 2026-11-23 or a java.time value";
                }
                return null;
            case "EmailAddress":
                int at = text.indexOf('@');
                if (at <= 0 || at == text.length() - 1) {
                    return "is an EmailAddress field but got " + quote(text);
                }
                return tooLong(field, text);
            default:
                return tooLong(field, text);
        }
    }

    private static String tooLong(Field field, String text) {
        if (field.length() != null && field.length() > 0 && text.length() > field.length()) {
            return "is " + text.length() + " characters long; the field holds at most " + field.length();
        }
        return null;
    }

    private static boolean isInteger(Object value) {
        if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof java.math.BigInteger) {
            return true;
        }
        try {
            new BigDecimal(String.valueOf(value)).toBigIntegerExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDecimal(Object value) {
        if (value instanceof Number) {
            return true;
        }
        try {
            new BigDecimal(String.valueOf(value));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(Object value) {
        if (value instanceof Temporal || value instanceof Date) {
            return true;
        }
        String text = String.valueOf(value);
        return isPlainIsoDate(text)
                || parses(text, LocalDate::parse)
                || parses(text, LocalDateTime::parse)
                || parses(text, OffsetDateTime::parse);
    }

    /**
     * yyyy-MM-dd, a real day: what {@link LocalDate#parse} takes in its commonest form, without a formatter and its
     * exception. Anything else goes to the full parsers, so this decides nothing they would not.
     */
    private static boolean isPlainIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= Month.of(month).length(Year.isLeap(year));
    }

    /** The ASCII digits from {@code from} to {@code to} as a number; -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean parses(String text, Function<String, ?> parser) {
        try {
            parser.apply(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** JSON values as plain Java values, so one set of rules covers Map, POJO and JSON bodies. */
    private static Object plain(Object value) {
        if (value instanceof JsonNode node && !node.isContainerNode()) {
            if (node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isIntegralNumber()) {
                return node.bigIntegerValue();
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            return node.asText();
        }
        return value;
    }
}
