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
import io.github.camelsfmc.journey.internal.payload.BatchEntryMember;
import io.github.camelsfmc.journey.model.EntryEvent;

/**
 * Per-contact CPU cost of turning a 10-field Map contact into the bytes sent to SFMC.
 * <p>
 * The component's serializer is package-private, so this measures its closest public equivalent: the public
 * {@link EntryEventMapper} (the same class the producer uses) followed by Jackson writing the same payload types the
 * serializer writes ({@link BatchEntryMember} for a batch member, {@link EntryEvent} with the event definition key for a
 * single entry), with the component's default ObjectMapper configuration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContactMappingBenchmark {

    private ObjectMapper objectMapper;
    private EntryEventMapper mapper;
    private Map<String, Object> contact;

    @Setup
    public void setUp() {
        // the component's default ObjectMapper (SfmcJourneyEndpoint.defaultObjectMapper)
        objectMapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper = new EntryEventMapper(objectMapper, "ContactKey", false);
        contact = BenchmarkJourney.contact(42);
    }

    /** What the batch producer does per contact before chunking. */
    @Benchmark
    public byte[] batchMember() throws Exception {
        EntryEvent event = mapper.map(contact, null);
        return objectMapper.writeValueAsBytes(new BatchEntryMember(event.getContactKey(), event.getData()));
    }

    /** What the single-entry producer does per contact. */
    @Benchmark
    public byte[] singleEvent() throws Exception {
        EntryEvent event = mapper.map(contact, null);
        EntryEvent payload = new EntryEvent(event.getContactKey(), event.getData());
        payload.setEventDefinitionKey(BenchmarkJourney.EVENT_DEFINITION_KEY);
        return objectMapper.writeValueAsBytes(payload);
    }
}
