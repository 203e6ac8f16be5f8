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
package io.github.camelsfmc.examples.crashsafe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The H2 file database that holds the batch being filled and every completed batch SFMC has not yet confirmed, so
 * that a process killed at any point finds them again when it restarts.
 */
public final class AggregationDatabase {

    /** The batch being filled; completed batches wait in {@code sfmc_batches_completed} until confirmed. */
    static final String TABLE = "sfmc_batches";

    private final JdbcDataSource dataSource = new JdbcDataSource();

    private AggregationDatabase(Path file) {
        // WRITE_DELAY=0: H2 writes every commit to the file at once; by default it writes them later, and a SIGKILL
        // in between loses commits the aggregator already relied on (SigkillRecoveryTest fails without it).
        // DB_CLOSE_DELAY=-1: without a connection pool, the database would otherwise be closed (and compacted) each
        // time the repository returns its connection.
        dataSource.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
    }

    /** Opens the database at {@code file} (H2 adds {@code .mv.db}), creating it and its two tables on first use. */
    public static AggregationDatabase open(Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AggregationDatabase database = new AggregationDatabase(file);
        database.createTables();
        return database;
    }

    private void createTables() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            for (String table : new String[] {TABLE, TABLE + "_completed"}) {
                sql.execute("CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(255) NOT NULL,"
                        + " exchange BLOB NOT NULL, version BIGINT NOT NULL, CONSTRAINT " + table
                        + "_pk PRIMARY KEY (id))");
            }
        }
    }

    /**
     * An aggregation repository on this database. A completed batch whose send failed, or that a killed process never
     * confirmed, is sent again every {@code recoveryIntervalMillis}; after {@code maximumRedeliveries} more attempts
     * it goes to {@code deadLetterUri}.
     */
    public JdbcAggregationRepository repository(
            long recoveryIntervalMillis, int maximumRedeliveries, String deadLetterUri) {
        JdbcAggregationRepository repository =
                new JdbcAggregationRepository(new DataSourceTransactionManager(dataSource), TABLE, dataSource);
        repository.setUseRecovery(true);
        repository.setRecoveryInterval(recoveryIntervalMillis);
        repository.setMaximumRedeliveries(maximumRedeliveries);
        repository.setDeadLetterUri(deadLetterUri);
        return repository;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
