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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelsfmc.journey.internal.payload.DataExtensionFields.Field;
import io.github.camelsfmc.journey.model.EntryEvent;

/**
 * Checks a contact's {@code Data} against the entry data extension, catching what SFMC would otherwise drop silently:
 * a field that is not in the data extension (SFMC field names are case-sensitive), a missing required field, a value
 * that does not fit the field's type or length, and a sendable-field value that is not the ContactKey. What is known
 * not to fit is a refusal; a value in a form SFMC may or may not take ({@link ValueFormats}) is only a doubt.
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
     * What was found in one contact: {@code refusals} are what SFMC is known to drop it for, {@code doubts} forms it
     * may or may not take. Each list holds at most {@value #MAX_FINDINGS} findings plus a count of the others.
     */
    public record SchemaFindings(List<String> refusals, List<String> doubts) {}

    /** The refusals only: what in this contact SFMC would drop it for; empty when nothing is known to be wrong. */
    public static List<String> validate(EntryEvent event, EntrySchema schema) {
        return check(event, schema, null).refusals();
    }

    /**
     * Judges one contact against the entry data extension and the event definition's sendable field.
     *
     * @param schema        the entry data extension, or null when it could not be read (only SFMC's own limits are
     *                      checked)
     * @param sendableField the Data field Journey Builder populates the contact key from, or null when not known
     */
    public static SchemaFindings check(EntryEvent event, EntrySchema schema, String sendableField) {
        Findings findings = new Findings();
        Findings doubts = new Findings();
        String sendableProblem = SendableField.problem(event, sendableField);
        if (sendableProblem != null) {
            findings.add(sendableProblem);
        }
        String contactKeyProblem = contactKeyProblem(event, schema);
        if (contactKeyProblem != null) {
            findings.add(contactKeyProblem);
        }
        if (schema == null) {
            return new SchemaFindings(findings.list(null), doubts.list(null));
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
            ValueFormats.Judgement judgement = checkValue(field, plain(entry.getValue()));
            if (judgement.grade() == ValueFormats.Grade.REFUSED) {
                findings.add("Data field " + quote(name) + " " + judgement.reason());
            } else if (judgement.grade() == ValueFormats.Grade.DOUBTFUL) {
                doubts.add("Data field " + quote(name) + " " + judgement.reason());
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
        return new SchemaFindings(
                findings.list(
                        unknownField
                                ? "Its fields are " + fieldNames(schema)
                                        + ": remove the others from Data or add them in Contact Builder"
                                : null),
                doubts.list(null));
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

    private static ValueFormats.Judgement checkValue(Field field, Object value) {
        if (value == null) {
            return ValueFormats.Judgement.OK;
        }
        if (value instanceof JsonNode node && node.isContainerNode()) {
            return ValueFormats.Judgement.refused("holds a JSON "
                    + node.getNodeType().name().toLowerCase() + "; data extension fields take single values");
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            return ValueFormats.Judgement.refused(
                    "holds a " + value.getClass().getSimpleName() + "; data extension fields take single values");
        }
        String type = field.type() == null ? "Text" : field.type();
        ValueFormats.Judgement judgement = ValueFormats.judge(type, value);
        if (judgement.grade() != ValueFormats.Grade.ACCEPTED) {
            return judgement;
        }
        if ("Decimal".equals(type)) {
            return DecimalFit.judge(field.length(), field.scale(), value);
        }
        return tooLong(field, String.valueOf(value));
    }

    private static ValueFormats.Judgement tooLong(Field field, String text) {
        boolean lengthIsCharacters = !"Number".equals(field.type())
                && !"Decimal".equals(field.type())
                && !"Boolean".equals(field.type())
                && !"Date".equals(field.type());
        if (lengthIsCharacters && field.length() != null && field.length() > 0 && text.length() > field.length()) {
            return ValueFormats.Judgement.refused(
                    "is " + text.length() + " characters long; the field holds at most " + field.length());
        }
        return ValueFormats.Judgement.OK;
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
