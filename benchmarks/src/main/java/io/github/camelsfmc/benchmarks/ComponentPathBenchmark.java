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
package io.github.camelsfmc.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.github.camelsfmc.journey.internal.mapping.EntryEventMapper;
import io.github.camelsfmc.journey.internal.mapping.EntryEventSerializer;
import io.github.camelsfmc.journey.internal.payload.BatchEntryResponse;
import io.github.camelsfmc.journey.internal.payload.DataExtensionFields.Field;
import io.github.camelsfmc.journey.internal.validation.EntrySchema;
import io.github.camelsfmc.journey.internal.validation.EntrySchemaValidator;
import io.github.camelsfmc.journey.model.EntryEvent;

/**
 * What the component itself does per contact and per batch, with its own classes: mapping a contact, validating it
 * against the entry data extension (10 and 100 fields), writing it, and matching SFMC's answer to a 100-member batch.
 * Unlike {@link ContactMappingBenchmark}, no public stand-in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComponentPathBenchmark {

    static final int WIDE_FIELDS = 100;
    static final int BATCH = 100;

    private ObjectMapper objectMapper;
    private EntryEventMapper mapper;
    private EntryEventSerializer serializer;
    private Map<String, Object> contact;
    private EntryEvent event;
    private EntrySchema schema10;
    private EntrySchema schema100;
    private EntryEvent wideEvent;
    private List<byte[]> members;
    private byte[] batchAnswer;
    private List<String> batchKeys;

    @Setup
    public void setUp() throws Exception {
        // the component's default ObjectMapper (SfmcJourneyEndpoint.defaultObjectMapper)
        objectMapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper = new EntryEventMapper(objectMapper, "ContactKey", false);
        serializer = new EntryEventSerializer(objectMapper);
        contact = BenchmarkJourney.contact(42);
        event = mapper.map(contact, null);
        event.setEventDefinitionKey(BenchmarkJourney.EVENT_DEFINITION_KEY);
        schema10 = new EntrySchema("Bench DE", benchmarkFields());
        schema100 = new EntrySchema("Wide DE", wideFields());
        wideEvent = mapper.map(wideContact(), null);
        members = new ArrayList<>();
        batchKeys = new ArrayList<>();
        StringBuilder answer = new StringBuilder("{\"requestId\":\"3f8c1a52-6d0e-4b7e-9a51-0c9d2e7b4a10\",\"count\":"
                + BATCH + ",\"notQueuedCount\":0,\"members\":[");
        for (int i = 0; i < BATCH; i++) {
            EntryEvent member = mapper.map(BenchmarkJourney.contact(i), null);
            members.add(serializer.member(member));
            batchKeys.add(member.getContactKey());
            answer.append(i == 0 ? "" : ",")
                    .append("{\"contactKey\":\"")
                    .append(member.getContactKey())
                    .append("\",\"eventInstanceId\":\"8d6e1f0a-2b3c-4d5e-8f90-")
                    .append(String.format("%012d", i))
                    .append("\"}");
        }
        batchAnswer = answer.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        if (!EntrySchemaValidator.validate(event, schema10).isEmpty()
                || !EntrySchemaValidator.validate(wideEvent, schema100).isEmpty()
                || !EntrySchemaValidator.validate(event, schema100).isEmpty()) {
            throw new IllegalStateException("the benchmark contacts must fit their data extensions");
        }
    }

    /** A 10-field Map contact to an EntryEvent. */
    @Benchmark
    public EntryEvent map() {
        return mapper.map(contact, null);
    }

    /** A 10-field contact against its 10-field data extension. */
    @Benchmark
    public List<String> validate10Fields() {
        return EntrySchemaValidator.validate(event, schema10);
    }

    /** A 10-field contact against a 100-field data extension (90 optional fields left out). */
    @Benchmark
    public List<String> validate10FieldsOf100() {
        return EntrySchemaValidator.validate(event, schema100);
    }

    /** A 100-field contact against its 100-field data extension. */
    @Benchmark
    public List<String> validate100Fields() {
        return EntrySchemaValidator.validate(wideEvent, schema100);
    }

    /** A contact as a batch member's bytes. */
    @Benchmark
    public byte[] serializeMember() {
        return serializer.member(event);
    }

    /** A contact as a single entry event's bytes. */
    @Benchmark
    public byte[] serializeSingle() {
        return serializer.single(event);
    }

    /** 100 member payloads into one batch request body. */
    @Benchmark
    public byte[] writeBatchOf100() {
        return serializer.batch(BenchmarkJourney.EVENT_DEFINITION_KEY, members);
    }

    /** SFMC's answer to a 100-member batch read and matched to the contact keys sent. */
    @Benchmark
    public int match100MemberResults() throws Exception {
        BatchEntryResponse answer = objectMapper.readValue(batchAnswer, BatchEntryResponse.class);
        if (BatchEntryResponse.mismatch(answer, batchKeys) != null) {
            throw new IllegalStateException("mismatch");
        }
        int queued = 0;
        for (BatchEntryResponse.MemberResult result : answer.members()) {
            if (result.isQueued()) {
                queued++;
            }
        }
        return queued;
    }

    /** What a batch producer does per contact before sending: map, validate (10 fields), write. */
    @Benchmark
    public byte[] contactPath() {
        EntryEvent mapped = mapper.map(contact, null);
        if (!EntrySchemaValidator.validate(mapped, schema10).isEmpty()) {
            throw new IllegalStateException("invalid");
        }
        return serializer.member(mapped);
    }

    /** The fields of {@link BenchmarkJourney#journey()}, as SFMC describes them. */
    static List<Field> benchmarkFields() {
        return List.of(
                new Field("ContactKey", "Text", 50, null, true, false, null),
                new Field("FirstName", "Text", 100, null, false, true, null),
                new Field("LastName", "Text", 100, null, false, true, null),
                new Field("Email", "EmailAddress", 254, null, false, true, null),
                new Field("Age", "Number", null, null, false, true, null),
                new Field("City", "Text", 100, null, false, true, null),
                new Field("Country", "Text", 2, null, false, true, null),
                new Field("Segment", "Text", 50, null, false, true, null),
                new Field("LoyaltyPoints", "Number", null, null, false, true, null),
                new Field("SignupDate", "Date", null, null, false, true, null));
    }

    /** The ten benchmark fields and 90 more, optional, of the same kinds in turn. */
    static List<Field> wideFields() {
        List<Field> fields = new ArrayList<>(benchmarkFields());
        List<Field> kinds = benchmarkFields().subList(1, 10);
        for (int i = 0; fields.size() < WIDE_FIELDS; i++) {
            Field kind = kinds.get(i % kinds.size());
            fields.add(new Field(kind.name() + "_" + i, kind.type(), kind.length(), null, false, true, null));
        }
        return fields;
    }

    /** A contact with a value for every field of {@link #wideFields()}. */
    static Map<String, Object> wideContact() {
        Map<String, Object> contact = new LinkedHashMap<>(BenchmarkJourney.contact(7));
        Map<String, Object> sample = BenchmarkJourney.contact(7);
        List<Field> fields = wideFields();
        for (Field field : fields.subList(10, fields.size())) {
            String kind = field.name().substring(0, field.name().indexOf('_'));
            contact.put(field.name(), sample.get(kind));
        }
        return contact;
    }
}
