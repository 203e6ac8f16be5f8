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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

import io.github.camelsfmc.journey.SfmcJourneyConstants;
import io.github.camelsfmc.journey.model.BatchEntryResult;

/**
 * Between the polled rows and the journey: turns rows into contacts (the row id stays behind, it is not a Data field),
 * and after the entry call, tells which row ids were queued and which were rejected. The batch result lists contacts
 * by their index in the list sent, which is the index of the row that was polled.
 */
public class CustomerBatch {

    static final String ROWS = "customerRows";
    static final String SENT_IDS = "sentCustomerIds";
    static final String REJECTED = "rejectedCustomers";

    public List<Map<String, Object>> toContacts(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = exchange.getMessage().getBody(List.class);
        exchange.setProperty(ROWS, rows);
        List<Map<String, Object>> contacts = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("ContactKey", row.get("CONTACT_KEY"));
            contact.put("FirstName", row.get("FIRST_NAME"));
            contact.put("Email", row.get("EMAIL"));
            contacts.add(contact);
        }
        return contacts;
    }

    /** Sets the ids to mark SENT and the rows to mark FAILED; rows of a request that failed as a whole stay NEW. */
    public void outcomes(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = exchange.getProperty(ROWS, List.class);
        BatchEntryResult result =
                exchange.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        List<Object> sent = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        if (result != null) {
            result.getQueued().forEach(q -> sent.add(rows.get(q.index()).get("ID")));
            result.getRejected()
                    .forEach(r ->
                            rejected.add(Map.of("id", rows.get(r.index()).get("ID"), "reason", truncate(r.message()))));
        }
        exchange.setProperty(SENT_IDS, sent);
        exchange.setProperty(REJECTED, rejected);
    }

    private static String truncate(String reason) {
        String text = reason == null ? "rejected" : reason;
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
