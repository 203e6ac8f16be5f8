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
package io.github.camelsfmc.examples.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 database with the {@code new_customers} table the route polls. */
public final class CustomerDatabase {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    public CustomerDatabase(String name) throws SQLException {
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE new_customers ("
                    + " id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " contact_key VARCHAR(50),"
                    + " first_name VARCHAR(100),"
                    + " email VARCHAR(254),"
                    + " status VARCHAR(10) DEFAULT 'NEW' NOT NULL,"
                    + " failure_reason VARCHAR(500),"
                    + " sent_at TIMESTAMP)");
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public void insert(String contactKey, String firstName, String email) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "INSERT INTO new_customers (contact_key, first_name, email) VALUES (?, ?, ?)")) {
            p.setString(1, contactKey);
            p.setString(2, firstName);
            p.setString(3, email);
            p.executeUpdate();
        }
    }

    /** Email (unique in the examples) to status. */
    public Map<String, String> statusByEmail() throws SQLException {
        Map<String, String> statuses = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT email, status FROM new_customers ORDER BY id")) {
            while (r.next()) {
                statuses.put(r.getString(1), r.getString(2));
            }
        }
        return statuses;
    }

    public String failureReason(String email) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT failure_reason FROM new_customers WHERE email = ?")) {
            p.setString(1, email);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    public long count(String status) throws SQLException {
        return statusByEmail().values().stream().filter(status::equals).count();
    }
}
