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

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelsfmc.journey.model.EntryEvent;

/**
 * The event definition schema's sendable field ({@code SendableCustomObjectField}): "Journey Builder uses this field to
 * populate the contact key when invoking journeys". A contact whose {@code Data} value for it is missing or differs
 * from its ContactKey is entered as someone else, or as no one.
 */
public final class SendableField {

    private SendableField() {}

    /**
     * Puts the ContactKey into {@code Data} under the sendable field when Data has no value for it.
     *
     * @return true when the value was filled in
     */
    public static boolean fill(EntryEvent event, String sendableField) {
        if (sendableField == null || event.getContactKey() == null || hasValue(event, sendableField)) {
            return false;
        }
        event.getData().put(sendableField, event.getContactKey());
        return true;
    }

    /** The contact's Data value for the sendable field as text, or null when it has none (missing, null or empty). */
    public static String valueOf(EntryEvent event, String sendableField) {
        return sendableField != null && hasValue(event, sendableField)
                ? text(event.getData().get(sendableField))
                : null;
    }

    /** Why the sendable field's value would not find this contact, or null when it would (or is not known). */
    static String problem(EntryEvent event, String sendableField) {
        if (sendableField == null) {
            return null;
        }
        if (!hasValue(event, sendableField)) {
            return "Data has no value for '" + sendableField + "', the sendable field Journey Builder populates the"
                    + " contact key from, so the contact cannot be found (fillSendableField=true fills it from the"
                    + " ContactKey)";
        }
        String value = text(event.getData().get(sendableField));
        if (!value.equals(event.getContactKey())) {
            return "Data field '" + sendableField + "' is " + EntrySchemaValidator.quote(value)
                    + " but the ContactKey is " + EntrySchemaValidator.quote(String.valueOf(event.getContactKey()))
                    + ": Journey Builder takes the contact key from '" + sendableField
                    + "' (the event definition's sendable field), so the contact would enter as "
                    + EntrySchemaValidator.quote(value) + ". Send the same value in both, or leave '"
                    + sendableField + "' out of Data to have it filled from the ContactKey";
        }
        return null;
    }

    private static boolean hasValue(EntryEvent event, String field) {
        Object value = event.getData().get(field);
        return value != null
                && !(value instanceof JsonNode node && (node.isNull() || node.isMissingNode()))
                && !text(value).isEmpty();
    }

    private static String text(Object value) {
        return value instanceof JsonNode node && node.isValueNode() ? node.asText() : String.valueOf(value);
    }
}
