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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;
import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * Consumes JSON contacts from a Kafka topic in batches and enters them into a journey, committing offsets only after
 * each batch is queued or dead-lettered.
 * <ul>
 * <li>Kafka: the cluster in {@code KAFKA_BOOTSTRAP_SERVERS} (or {@code -Dapp.bootstrap-servers}); without one, a
 * single-node KRaft broker started in this JVM with topics {@code contacts} (4 partitions) and {@code contacts.DLT},
 * and 1,000 sample contacts plus 2 without a ContactKey on it; the run stops once they are committed.</li>
 * <li>SFMC: Marketing Cloud when the {@code SFMC_*} variables are set; a simulator already running at
 * {@code -Dapp.sfmc-url}; else the SFMC simulator in-process.</li>
 * </ul>
 * Run several of these on one topic and group id and they share its partitions.
 */
public final class KafkaToJourneyApplication {

    public static final String SAMPLE_EVENT_DEFINITION_KEY = "Kafka-Welcome-Event";
    static final int SAMPLE_CONTACTS_WITHOUT_KEY = 2;

    private KafkaToJourneyApplication() {}

    public static Journey sampleJourney() {
        return Journey.builder(SAMPLE_EVENT_DEFINITION_KEY)
                .name("Kafka Welcome")
                .status(JourneyStatus.PUBLISHED)
                .entryMode(EntryMode.MULTIPLE_ENTRIES)
                .field(DataExtensionField.primaryKey("ContactKey", 50))
                .field(DataExtensionField.text("EventId", 50))
                .field(DataExtensionField.text("FirstName", 100))
                .field(DataExtensionField.email("Email"))
                .build();
    }

    public static void main(String[] args) throws Exception {
        KafkaToJourneySettings settings = KafkaToJourneySettings.load(System.getenv());
        EmbeddedKafkaBroker broker = null;
        try (SfmcTarget target =
                settings.sfmcUrl().isEmpty() ? SfmcTarget.fromEnvironment(System.getenv(), sampleJourney()) : null) {
            if (settings.embeddedBroker()) {
                broker = EmbeddedKafkaBroker.start();
                broker.createTopic(settings.topic(), settings.partitions());
                broker.createTopic(settings.deadLetterTopic(), 1);
                settings = settings.withBootstrapServers(broker.bootstrapServers());
                System.out.println("No " + KafkaToJourneySettings.BOOTSTRAP_SERVERS_VARIABLE
                        + " set: started an embedded Kafka broker (KRaft) at " + broker.bootstrapServers()
                        + " with topic '" + settings.topic() + "' (" + settings.partitions() + " partitions)");
            } else {
                System.out.println("Kafka: " + settings.bootstrapServers() + ", topic '" + settings.topic()
                        + "', group '" + settings.groupId() + "'");
            }
            Map<String, String> sfmc = target != null ? target.camelProperties() : simulatorAt(settings);
            System.out.println(
                    target != null
                            ? target.describe()
                            : "Using the SFMC simulator at " + settings.sfmcUrl() + ", journey '"
                                    + settings.eventDefinitionKey() + "'");
            long expected = 0;
            if (settings.sampleContacts() > 0) {
                expected = SampleContacts.produce(
                        settings.bootstrapServers(),
                        settings.topic(),
                        settings.sampleContacts(),
                        SAMPLE_CONTACTS_WITHOUT_KEY);
                System.out.println("Produced " + expected + " contacts to '" + settings.topic() + "' ("
                        + SAMPLE_CONTACTS_WITHOUT_KEY + " without a ContactKey)");
            }
            System.out.println("Instance '" + settings.instance() + "' consuming in batches of up to "
                    + settings.batchSize() + (settings.oneShot() ? "" : " until stopped"));
            KafkaToJourney.Summary summary = KafkaToJourney.run(settings, sfmc, settings.oneShot() ? expected : 0);
            System.out.println(summary.toText());
            if (target != null) {
                String key = target.eventDefinitionKey();
                target.simulator()
                        .ifPresent(sim -> System.out.println("Simulator: " + sim.entryCount(key)
                                + " contacts entered journey '" + key + "' in "
                                + sim.stats().batchEventRequests()
                                + " batch entry requests"));
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    /** The placeholders for a simulator someone else started, with its default client. */
    static Map<String, String> simulatorAt(KafkaToJourneySettings settings) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sfmc.event-definition-key", settings.eventDefinitionKey());
        p.put("sfmc.client-id", SfmcSimulator.DEFAULT_CLIENT_ID);
        p.put("sfmc.client-secret", SfmcSimulator.DEFAULT_CLIENT_SECRET);
        p.put("sfmc.auth-url", settings.sfmcUrl());
        p.put("sfmc.rest-url", settings.sfmcUrl());
        return p;
    }
}
