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

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks of a contact's Data against the journey's entry data extension. Each returns the message of the first
 * problem, or null. Pure functions: recording the outcome is the {@link Ledger}'s job.
 */
final class AdmissionRules {
    private AdmissionRules() {}

    /** The message for the first Data field not in the schema (names are case-sensitive), or null. */
    static String unknownField(Journey journey, JsonNode data) {
        if (data == null || !data.isObject()) {
            return null;
        }
        EntrySchema schema = journey.schema();
        for (Iterator<String> it = data.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.equalsIgnoreCase("eventInstanceId") || schema.byName.containsKey(name)) {
                continue;
            }
            DataExtensionField near = schema.byLowerName.get(name.toLowerCase(Locale.ROOT));
            if (near != null) {
                return "Field '" + name + "' is not in data extension '" + journey.dataExtensionName()
                        + "' (field names are case-sensitive; did you mean '" + near.name() + "'?)";
            }
            return "Field '" + name + "' is not in data extension '" + journey.dataExtensionName() + "'";
        }
        return null;
    }

    /** SFMC's own limit on a ContactKey (subscriber key). */
    static final int MAX_CONTACT_KEY_LENGTH = 254;

    /**
     * A ContactKey longer than SFMC takes, or than the primary-key field it fills when Data does not carry that field;
     * null when it fits.
     */
    static String contactKeyTooLong(Journey journey, String contactKey, JsonNode data) {
        if (contactKey.length() > MAX_CONTACT_KEY_LENGTH) {
            return "ContactKey is " + contactKey.length() + " characters; SFMC takes at most " + MAX_CONTACT_KEY_LENGTH;
        }
        for (DataExtensionField f : journey.schema().fields) {
            boolean filledFromContactKey = f.isPrimaryKey() && (data == null || data.get(f.name()) == null);
            if (filledFromContactKey && f.length() != null && f.length() > 0 && contactKey.length() > f.length()) {
                return "ContactKey is " + contactKey.length() + " characters; primary key field '" + f.name()
                        + "' holds " + f.length();
            }
        }
        return null;
    }

    /**
     * The contact key Journey Builder uses: the {@code Data} value of the event definition's sendable field when
     * present, else the event's ContactKey (which fills that field when it is the primary key and absent).
     */
    static String journeyContactKey(Journey journey, String contactKey, JsonNode data) {
        JsonNode v = data == null ? null : data.get(journey.sendableField());
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isEmpty() ? contactKey : v.asText();
    }

    /** A required field (not nullable, no default) that is missing, null or empty; the primary key may be absent. */
    static String missingRequired(Journey j, JsonNode data) {
        for (DataExtensionField f : j.schema().fields) {
            if (!f.isRequired()) {
                continue;
            }
            JsonNode v = data == null ? null : data.get(f.name());
            if (v == null && f.isPrimaryKey()) {
                continue; // the primary key is filled from the event's ContactKey when Data does not carry it
            }
            if (nullish(f, v)) {
                return "Required field '" + f.name() + "' is " + (v == null ? "missing" : "null or empty");
            }
        }
        return null;
    }

    /** A value that does not fit its field's type or length. */
    static String invalidValue(Journey j, JsonNode data) {
        if (data == null || !data.isObject()) {
            return null;
        }
        EntrySchema schema = j.schema();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            DataExtensionField f = schema.byName.get(e.getKey());
            if (f == null || nullish(f, e.getValue())) {
                continue;
            }
            String problem = f.checkValue(e.getValue());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static boolean nullish(DataExtensionField f, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return true;
        }
        return v.isTextual()
                && v.asText().isEmpty()
                && f.type() != FieldType.TEXT
                && f.type() != FieldType.PHONE
                && f.type() != FieldType.LOCALE;
    }
}
