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
package io.github.camelsfmc.journey;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The crash-safe batching recipe: aggregate single contacts with SfmcJourneyAggregationStrategy into a persistent
 * JdbcAggregationRepository. A context that stops before a batch is complete, or while SFMC fails every batch, loses
 * nothing: the next context on the same database delivers every contact, each exactly once.
 */
class PersistentAggregationTest {

    private static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    private JdbcDataSource dataSource;
    private CamelContext context;

    @BeforeEach
    void createDatabase() throws Exception {
        Path file = Path.of("target", "aggregation-db", UUID.randomUUID().toString())
                .toAbsolutePath();
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + file);
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            for (String table : List.of("contacts", "contacts_completed")) {
                sql.execute("CREATE TABLE " + table + " (id VARCHAR(255) NOT NULL, exchange BLOB NOT NULL,"
                        + " version BIGINT NOT NULL, CONSTRAINT " + table + "_pk PRIMARY KEY (id))");
            }
        }
    }

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void contactsAggregatedBeforeAStopAreDeliveredByTheNextContextExactlyOnce() throws Exception {
        context = startContext(300);
        ProducerTemplate template = context.createProducerTemplate();
        for (int i = 0; i < 25; i++) {
            template.sendBody("direct:contacts", contact(i));
        }
        await().atMost(30, TimeUnit.SECONDS).until(() -> sim.simulator().entryCount(KEY) == 20);
        context.stop(); // 5 contacts are aggregated, their batch not complete, and no forceCompletionOnStop

        assertThat(sim.simulator().entryCount(KEY)).isEqualTo(20);
        assertThat(pendingRows("contacts")).isEqualTo(1);

        // the restored batch keeps the completion timeout it was aggregated with: here the stream goes on and fills it
        context = startContext(300);
        template = context.createProducerTemplate();
        for (int i = 25; i < 30; i++) {
            template.sendBody("direct:contacts", contact(i));
        }
        await().atMost(30, TimeUnit.SECONDS).until(() -> sim.simulator().entryCount(KEY) == 30);

        assertEveryContactEnteredOnce(30);
        assertThat(pendingRows("contacts")).isZero();
    }

    @Test
    void aBatchThatFailedBeforeAStopIsRecoveredByTheNextContextExactlyOnce() throws Exception {
        sim.simulator().faults().serverErrorRate(1.0);
        context = startContext(60_000);
        ProducerTemplate template = context.createProducerTemplate();
        for (int i = 0; i < 10; i++) {
            template.sendBody("direct:contacts", contact(i));
        }
        await().atMost(30, TimeUnit.SECONDS)
                .until(() -> pendingRows("contacts_completed") == 1
                        && sim.simulator().stats().serverErrorResponses() == 1
                        && context.getInflightRepository().size() == 0);
        context.stop(); // the completed batch failed and waits in the repository for recovery

        assertThat(sim.simulator().entryCount(KEY)).isZero();
        sim.simulator().faults().clear();

        context = startContext(300);
        await().atMost(30, TimeUnit.SECONDS).until(() -> sim.simulator().entryCount(KEY) == 10);
        await().atMost(30, TimeUnit.SECONDS).until(() -> pendingRows("contacts_completed") == 0);

        assertEveryContactEnteredOnce(10);
    }

    /**
     * @param recoveryIntervalMillis how often failed batches are retried from the repository
     */
    private CamelContext startContext(long recoveryIntervalMillis) throws Exception {
        JdbcAggregationRepository repository =
                new JdbcAggregationRepository(new DataSourceTransactionManager(dataSource), "contacts", dataSource);
        repository.setUseRecovery(true);
        repository.setRecoveryInterval(recoveryIntervalMillis);
        CamelContext camel = new DefaultCamelContext();
        String uri = "sfmc-journey:" + KEY + "?clientId=" + SfmcSimulator.DEFAULT_CLIENT_ID + "&clientSecret=RAW("
                + SfmcSimulator.DEFAULT_CLIENT_SECRET + ")&authUrl=" + sim.baseUrl() + "&maximumRetries=0";
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:contacts")
                        .aggregate(constant("contacts"), new SfmcJourneyAggregationStrategy())
                        .aggregationRepository(repository)
                        .completionSize(10)
                        .completionTimeout(60_000)
                        .to(uri);
            }
        });
        camel.start();
        return camel;
    }

    private static Map<String, Object> contact(int i) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("ContactKey", "A-" + i);
        contact.put("FirstName", "Contact " + i);
        return contact;
    }

    private int pendingRows(String table) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void assertEveryContactEnteredOnce(int contacts) {
        Map<String, Long> entries = sim.simulator().entered(KEY).stream()
                .collect(Collectors.groupingBy(Entry::contactKey, Collectors.counting()));
        assertThat(entries).hasSize(contacts);
        assertThat(entries.values()).allMatch(count -> count == 1);
        for (int i = 0; i < contacts; i++) {
            assertThat(entries).containsKey("A-" + i);
        }
    }
}
