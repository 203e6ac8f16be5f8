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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.github.camelsfmc.journey.internal.payload.BatchEntryMember;
import io.github.camelsfmc.journey.model.EntryEvent;

/**
 * Writes entry events as SFMC expects them. A value Jackson cannot write fails only the contact that holds it, with
 * the field named, before anything is sent.
 */
public final class EntryEventSerializer {

    private static final byte[] BATCH_START = "{\"eventDefinitionKey\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MEMBERS_START = ",\"members\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BATCH_END = "]}".getBytes(StandardCharsets.UTF_8);

    // writers bound to their type find the root serializer once, not for every contact
    private final ObjectWriter singleWriter;
    private final ObjectWriter memberWriter;

    public EntryEventSerializer(ObjectMapper objectMapper) {
        this.singleWriter = objectMapper.writerFor(EntryEvent.class);
        this.memberWriter = objectMapper.writerFor(BatchEntryMember.class);
    }

    /** The body of {@code POST /interaction/v1/events}: {@code event}, which names the key it is sent to. */
    public byte[] single(EntryEvent event) {
        return write(singleWriter, event, event);
    }

    /** One element of {@code members} for {@code POST /interaction/v1/async/events}. */
    public byte[] member(EntryEvent event) {
        return write(memberWriter, new BatchEntryMember(event.getContactKey(), event.getData()), event);
    }

    /**
     * The body of {@code POST /interaction/v1/async/events} from members written by {@link #member(EntryEvent)}, as
     * UTF-8 whatever the platform charset. The members are already JSON in UTF-8, so they are copied as they are
     * rather than decoded and written again.
     */
    public byte[] batch(String eventDefinitionKey, List<byte[]> members) {
        byte[] key = JsonStringEncoder.getInstance().quoteAsUTF8(eventDefinitionKey);
        int size = BATCH_START.length + key.length + MEMBERS_START.length + members.size() + BATCH_END.length + 2;
        for (byte[] member : members) {
            size += member.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(BATCH_START);
        out.write('"');
        out.writeBytes(key);
        out.write('"');
        out.writeBytes(MEMBERS_START);
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(members.get(i));
        }
        out.writeBytes(BATCH_END);
        return out.toByteArray();
    }

    private static byte[] write(ObjectWriter writer, Object payload, EntryEvent event) {
        try {
            return writer.writeValueAsBytes(payload);
        } catch (JsonMappingException e) {
            String field = dataField(e);
            Object value = field != null ? event.getData().get(field) : null;
            throw new InvalidContactException(
                    "Contact '" + event.getContactKey() + "': Data field '" + field + "'"
                            + (value != null ? " holds a " + value.getClass().getName() : "")
                            + " that cannot be written as JSON (" + e.getOriginalMessage()
                            + "). Convert it to a string, number, boolean or ISO-8601 date",
                    field,
                    e);
        } catch (JsonProcessingException e) {
            throw new InvalidContactException(
                    "Contact '" + event.getContactKey() + "' cannot be written as JSON: " + e.getOriginalMessage(),
                    null,
                    e);
        }
    }

    private static String dataField(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        // path: [EntryEvent or member] -> "Data"/"data" -> <field> -> ...
        for (int i = 0; i + 1 < path.size(); i++) {
            String name = path.get(i).getFieldName();
            if ("Data".equals(name) || "data".equals(name)) {
                return path.get(i + 1).getFieldName();
            }
        }
        return null;
    }
}
