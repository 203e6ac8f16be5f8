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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The example's own settings ({@code app.*}): defaults in {@code application.properties}, overridden by system
 * properties ({@code -Dapp.batch-size=200}); the Kafka cluster may also come from {@code KAFKA_BOOTSTRAP_SERVERS}.
 * <p>
 * Without bootstrap servers the example starts its own broker, produces {@code sampleContacts} contacts and stops once
 * they are committed ({@code oneShot}); with a cluster of yours it only consumes, until stopped, unless told otherwise.
 *
 * @param bootstrapServers the Kafka cluster; empty: start the embedded broker
 * @param sfmcUrl the URL of an SFMC simulator that is already running (standalone jar, a test); empty: SFMC_* or a
 *        new embedded simulator
 * @param eventDefinitionKey the journey's key when {@code sfmcUrl} is used
 * @param instance the name this instance gives itself in its log lines
 * @param batchSize Kafka records per batch ({@code maxPollRecords}): one exchange, one list for sfmc-journey
 * @param batchWaitMillis how long a partial batch waits for more records ({@code pollTimeoutMs})
 * @param maxRequestsPerSecond this instance's share of the SFMC request budget; 0 = no client-side limit
 */
public record KafkaToJourneySettings(
        String bootstrapServers,
        String topic,
        String deadLetterTopic,
        String groupId,
        int partitions,
        int batchSize,
        long batchWaitMillis,
        int sessionTimeoutMillis,
        int heartbeatIntervalMillis,
        int maxRequestsPerSecond,
        int sampleContacts,
        boolean oneShot,
        String sfmcUrl,
        String eventDefinitionKey,
        String instance) {

    public static final String BOOTSTRAP_SERVERS_VARIABLE = "KAFKA_BOOTSTRAP_SERVERS";

    public static KafkaToJourneySettings load(Map<String, String> environment) {
        Properties p = new Properties();
        try (InputStream in = KafkaToJourneySettings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fromEnvironment = environment.get(BOOTSTRAP_SERVERS_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            p.setProperty("app.bootstrap-servers", fromEnvironment.trim());
        }
        p.putAll(System.getProperties());
        String bootstrap = p.getProperty("app.bootstrap-servers", "").trim();
        boolean embedded = bootstrap.isEmpty();
        return new KafkaToJourneySettings(
                bootstrap,
                p.getProperty("app.topic", "contacts"),
                p.getProperty("app.dead-letter-topic", "contacts.DLT"),
                p.getProperty("app.group-id", "sfmc-journey"),
                Integer.parseInt(p.getProperty("app.partitions", "4")),
                Integer.parseInt(p.getProperty("app.batch-size", "400")),
                Long.parseLong(p.getProperty("app.batch-wait-ms", "1000")),
                Integer.parseInt(p.getProperty("app.session-timeout-ms", "10000")),
                Integer.parseInt(p.getProperty("app.heartbeat-interval-ms", "3000")),
                Integer.parseInt(p.getProperty("app.max-requests-per-second", "0")),
                Integer.parseInt(orDefault(p.getProperty("app.sample-contacts"), embedded ? "1000" : "0")),
                Boolean.parseBoolean(orDefault(p.getProperty("app.oneshot"), String.valueOf(embedded))),
                p.getProperty("app.sfmc-url", "").trim(),
                p.getProperty("app.event-definition-key", KafkaToJourneyApplication.SAMPLE_EVENT_DEFINITION_KEY),
                orDefault(
                        p.getProperty("app.instance"),
                        "pid-" + ProcessHandle.current().pid()));
    }

    public boolean embeddedBroker() {
        return bootstrapServers.isEmpty();
    }

    /** The same settings against another cluster (the embedded broker once it runs). */
    public KafkaToJourneySettings withBootstrapServers(String servers) {
        return new KafkaToJourneySettings(
                servers,
                topic,
                deadLetterTopic,
                groupId,
                partitions,
                batchSize,
                batchWaitMillis,
                sessionTimeoutMillis,
                heartbeatIntervalMillis,
                maxRequestsPerSecond,
                sampleContacts,
                oneShot,
                sfmcUrl,
                eventDefinitionKey,
                instance);
    }

    /** The placeholders the YAML route reads. */
    public Map<String, String> camelProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("app.bootstrap-servers", bootstrapServers);
        m.put("app.topic", topic);
        m.put("app.dead-letter-topic", deadLetterTopic);
        m.put("app.group-id", groupId);
        m.put("app.batch-size", String.valueOf(batchSize));
        m.put("app.batch-wait-ms", String.valueOf(batchWaitMillis));
        m.put("app.session-timeout-ms", String.valueOf(sessionTimeoutMillis));
        m.put("app.heartbeat-interval-ms", String.valueOf(heartbeatIntervalMillis));
        m.put("app.max-requests-per-second", String.valueOf(maxRequestsPerSecond));
        m.put("app.instance", instance);
        return m;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
