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
package io.github.camelsfmc.journey.internal.mapping;

import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.model.EntryEvent;

/**
 * Turns one contact, in whatever form the route has it, into an {@link EntryEvent}: the contact key, and every other
 * field as {@code Data}.
 * <p>
 * Accepted forms: {@link EntryEvent}, {@link Map}, Jackson {@link JsonNode} (an object), a JSON object as a
 * {@link String}, or any POJO Jackson can convert to an object. The contact key is, in this order of precedence, the
 * explicit override (the contact key header), {@link EntryEvent#getContactKey()}, or the body field named by
 * {@code contactKeyField} (matched exactly, else ignoring case).
 */
public final class EntryEventMapper {

    private final ObjectMapper objectMapper;
    private final ObjectReader strictReader;
    private final String contactKeyField;
    private final boolean contactKeyInData;
    /** Names where the key came from in error messages; built once, not for every contact. */
    private final String bodyFieldSource;

    public EntryEventMapper(ObjectMapper objectMapper, String contactKeyField, boolean contactKeyInData) {
        this.objectMapper = objectMapper;
        this.strictReader = objectMapper
                .reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                // a decimal keeps every digit, as a BigDecimal, instead of being rounded to a double
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(JsonNodeFactory.withExactBigDecimals(true));
        this.contactKeyField = contactKeyField;
        this.contactKeyInData = contactKeyInData;
        this.bodyFieldSource = "body field '" + contactKeyField + "'";
    }

    /**
     * @param  body                           one contact
     * @param  contactKeyOverride             the contact key to use regardless of the body, or null
     * @throws InvalidContactException when the body is not one contact or has no usable contact key
     */
    public EntryEvent map(Object body, Object contactKeyOverride) {
        if (body == null) {
            throw new InvalidContactException(
                    "The message body is null: send the contact as a Map, a POJO, a JSON object string, a JsonNode or an EntryEvent",
                    null);
        }
        if (body instanceof EntryEvent event) {
            return fromEntryEvent(event, contactKeyOverride);
        }
        Map<String, Object> fields;
        if (body instanceof Map<?, ?> map) {
            fields = new LinkedHashMap<>(map.size() + 1);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                fields.put(String.valueOf(entry.getKey()), entry.getValue());
            }
        } else if (body instanceof CharSequence text) {
            fields = fromJsonObject(parse(text.toString()));
        } else if (body instanceof JsonNode node) {
            fields = fromJsonObject(node);
        } else if (isScalar(body)) {
            throw new InvalidContactException(
                    "The message body is a " + body.getClass().getName() + ", not a contact: send the contact as a"
                            + " Map, a POJO, a JSON object (String, byte[] or InputStream in UTF-8), a JsonNode or an"
                            + " EntryEvent, or a List of those for a batch",
                    null);
        } else {
            fields = fromPojo(body);
        }
        refuseNonFiniteNumbers(fields);
        String fieldName = findContactKeyField(fields);
        Object fromBody = fieldName != null ? fields.get(fieldName) : null;
        if (fieldName != null && !contactKeyInData) {
            fields.remove(fieldName);
        }
        String contactKey = contactKey(
                contactKeyOverride != null ? contactKeyOverride : fromBody,
                contactKeyOverride != null ? "the contact key header" : bodyFieldSource);
        EntryEvent event = new EntryEvent();
        event.setContactKey(contactKey);
        event.setData(fields);
        return event;
    }

    /** Values a contact body cannot be: they have no fields to enter. */
    private static boolean isScalar(Object body) {
        return body instanceof Number
                || body instanceof Boolean
                || body instanceof Character
                || body instanceof Enum<?>
                || body instanceof Date
                || body instanceof TemporalAccessor;
    }

    /** NaN and infinities would be sent as text SFMC's Number and Decimal fields do not take. */
    private static void refuseNonFiniteNumbers(Map<String, Object> fields) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object value = field.getValue();
            boolean nonFinite = (value instanceof Double d && !Double.isFinite(d))
                    || (value instanceof Float f && !Float.isFinite(f))
                    || (value instanceof JsonNode node && node.isNumber() && !Double.isFinite(node.doubleValue()));
            if (nonFinite) {
                throw new InvalidContactException(
                        "Data field '" + field.getKey() + "' is " + value + ": SFMC's Number and Decimal fields take"
                                + " finite numbers only. Send a number, or leave the field out",
                        field.getKey());
            }
        }
    }

    private EntryEvent fromEntryEvent(EntryEvent event, Object contactKeyOverride) {
        Object key = contactKeyOverride != null ? contactKeyOverride : event.getContactKey();
        EntryEvent copy = new EntryEvent(contactKey(key, "EntryEvent.contactKey"), event.getData());
        copy.setEventDefinitionKey(event.getEventDefinitionKey());
        return copy;
    }

    private String findContactKeyField(Map<String, Object> fields) {
        if (fields.containsKey(contactKeyField)) {
            return contactKeyField;
        }
        for (String name : fields.keySet()) {
            if (name.equalsIgnoreCase(contactKeyField)) {
                return name;
            }
        }
        return null;
    }

    private String contactKey(Object value, String source) {
        if (value instanceof JsonNode node) {
            value = node.isValueNode() && !node.isNull() ? node.asText() : node.isNull() ? null : node;
        }
        if (value == null) {
            throw new InvalidContactException(
                    "No ContactKey for this contact: give it a '" + contactKeyField
                            + "' field, name the field that holds the key with the contactKeyField option,"
                            + " or (for a single contact) set the header CamelSfmcJourneyContactKey",
                    contactKeyField);
        }
        if (!(value instanceof CharSequence || value instanceof Number)) {
            throw new InvalidContactException(
                    "The ContactKey from " + source + " is a "
                            + value.getClass().getSimpleName() + "; it must be a string or a number",
                    contactKeyField);
        }
        String key = value.toString();
        if (key.isBlank()) {
            throw new InvalidContactException(
                    "The ContactKey from " + source + " is empty: SFMC needs the subscriber key of the contact",
                    contactKeyField);
        }
        return key;
    }

    private JsonNode parse(String json) {
        if (json.isBlank()) {
            throw new InvalidContactException(
                    "The message body is " + (json.isEmpty() ? "an empty" : "a blank")
                            + " String: send one contact as a JSON object such as"
                            + " {\"ContactKey\":\"42\",\"FirstName\":\"Ada\"}",
                    null);
        }
        try {
            // strict: a second value after the object, or a key given twice, would otherwise be silently ignored
            return strictReader.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidContactException(
                    "The message body is a String but not valid JSON (" + e.getOriginalMessage()
                            + " at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr()
                            + "): send a JSON object such as {\"ContactKey\":\"42\",\"FirstName\":\"Ada\"}",
                    null,
                    e);
        }
    }

    private static Map<String, Object> fromJsonObject(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidContactException(
                    "The message body is a JSON "
                            + (node == null
                                    ? "nothing"
                                    : node.getNodeType().name().toLowerCase())
                            + "; one contact must be a JSON object (send a List of contacts for a batch)",
                    null);
        }
        Map<String, Object> fields = new LinkedHashMap<>(object.size() + 1);
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            fields.put(field.getKey(), field.getValue());
        }
        return fields;
    }

    private Map<String, Object> fromPojo(Object body) {
        try {
            JsonNode node = objectMapper.valueToTree(body);
            return fromJsonObject(node);
        } catch (IllegalArgumentException e) {
            throw new InvalidContactException(
                    "The message body of type " + body.getClass().getName() + " cannot be written as JSON: "
                            + AsyncFailures.rootMessage(e)
                            + ". Give it getters or Jackson annotations, or convert it to a Map first",
                    null,
                    e);
        }
    }
}
