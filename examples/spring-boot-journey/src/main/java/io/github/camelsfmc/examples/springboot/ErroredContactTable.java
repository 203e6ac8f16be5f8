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
package io.github.camelsfmc.examples.springboot;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.github.camelsfmc.journey.model.EntryStatus;

/**
 * The errored_contact table (src/main/resources/schema.sql) in the application's DataSource: one row per contact SFMC
 * reported as errored. The consumer delivers each status once, and a repeat after a restart is ignored by the key.
 */
@Component
public class ErroredContactTable {

    /** Column sizes of schema.sql; longer SFMC messages are cut, not rejected. */
    private static final int MESSAGE_LENGTH = 1000;

    private final JdbcTemplate jdbc;

    public ErroredContactTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(EntryStatus status) {
        jdbc.update(
                "MERGE INTO errored_contact (event_instance_id, contact_key, errorcode, message, modified_date)"
                        + " KEY (event_instance_id) VALUES (?, ?, ?, ?, ?)",
                status.getEventInstanceId(),
                status.getContactKey(),
                status.getErrorcode(),
                cut(status.getMessage()),
                status.getModifiedDate() == null ? null : Timestamp.from(status.getModifiedDate()));
    }

    /** At most the 100 most recent rows. */
    public List<Map<String, Object>> list() {
        return jdbc.queryForList("SELECT event_instance_id AS \"eventInstanceId\", contact_key AS \"contactKey\","
                + " errorcode AS \"errorcode\", message AS \"message\", modified_date AS \"modifiedDate\""
                + " FROM errored_contact ORDER BY modified_date DESC LIMIT 100");
    }

    private static String cut(String message) {
        return message == null || message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH);
    }
}
