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
package io.github.camelsfmc.examples.kafka;

import java.util.Map;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The sample messages: one JSON contact per record, keyed by its ContactKey so that one contact's events stay in one
 * partition, in order. Each carries an {@code EventId}, unique per message, which enters the journey with the contact
 * and lets a downstream step recognise a contact entered twice after a crash.
 */
public final class SampleContacts {

    private SampleContacts() {}

    public static String contactKey(int n) {
        return String.format("K%06d", n);
    }

    public static String json(int n) {
        return "{\"ContactKey\":\"%s\",\"EventId\":\"evt-%06d\",\"FirstName\":\"Contact %d\",\"Email\":\"k%d@example.com\"}"
                .formatted(contactKey(n), n, n, n);
    }

    /** A contact SFMC refuses (no ContactKey): it ends on the dead-letter topic with its error. */
    public static String withoutContactKey(int n) {
        return "{\"EventId\":\"evt-nokey-%d\",\"FirstName\":\"No Key\",\"Email\":\"nokey%d@example.com\"}"
                .formatted(n, n);
    }

    public static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    /**
     * Produces contacts 1..count, then {@code withoutKey} contacts without a ContactKey, and waits until the broker
     * acknowledged all of them. Returns how many records were produced.
     */
    public static int produce(String bootstrapServers, String topic, int count, int withoutKey) throws Exception {
        try (KafkaProducer<String, String> producer = producer(bootstrapServers)) {
            Future<RecordMetadata> last = null;
            for (int n = 1; n <= count; n++) {
                last = producer.send(new ProducerRecord<>(topic, contactKey(n), json(n)));
            }
            for (int n = 1; n <= withoutKey; n++) {
                last = producer.send(new ProducerRecord<>(topic, "nokey-" + n, withoutContactKey(n)));
            }
            producer.flush();
            if (last != null) {
                last.get();
            }
        }
        return count + withoutKey;
    }
}
