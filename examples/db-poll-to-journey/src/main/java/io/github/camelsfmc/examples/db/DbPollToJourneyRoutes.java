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

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Polls up to 100 NEW customers at a time and enters them as one batch. A row is marked SENT only after SFMC queued its
 * contact; a row SFMC or the component rejected is marked FAILED with the reason (replaying it unchanged would fail
 * again); rows of a request that failed as a whole (throttled, SFMC down) stay NEW and are picked up by a later poll.
 * <p>
 * Needs a {@code dataSource} bean and the {@code sfmc.*} placeholders (see SfmcTarget); {@code app.poll-delay-ms}
 * sets the pause between polls.
 */
public class DbPollToJourneyRoutes extends RouteBuilder {

    static final String SELECT_NEW =
            "SELECT id, contact_key, first_name, email FROM new_customers" + " WHERE status = 'NEW' ORDER BY id";

    @Override
    public void configure() {
        from("sql:" + SELECT_NEW + "?dataSource=#dataSource&useIterator=false&maxMessagesPerPoll=100"
                        + "&delay={{app.poll-delay-ms:2000}}&initialDelay=0")
                .routeId("db-poll-to-journey")
                .bean("customerBatch", "toContacts")
                .doTry()
                .to("sfmc-journey:{{sfmc.event-definition-key}}"
                        + "?clientId={{sfmc.client-id}}&clientSecret=RAW({{sfmc.client-secret}})"
                        + "&subdomain={{?sfmc.subdomain}}&authUrl={{?sfmc.auth-url}}&restUrl={{?sfmc.rest-url}}"
                        + "&accountId={{?sfmc.account-id}}&failOnRejectedMembers=false")
                .doCatch(SfmcJourneyException.class)
                .log(LoggingLevel.WARN, "db-poll-to-journey", "Rows left NEW for the next poll: ${exception.message}")
                .end()
                .bean("customerBatch", "outcomes")
                .split(exchangeProperty(CustomerBatch.SENT_IDS))
                .to("sql:UPDATE new_customers SET status = 'SENT', sent_at = CURRENT_TIMESTAMP WHERE id = :#${body}"
                        + "?dataSource=#dataSource")
                .end()
                .split(exchangeProperty(CustomerBatch.REJECTED))
                .to("sql:UPDATE new_customers SET status = 'FAILED', failure_reason = :#${body[reason]}"
                        + " WHERE id = :#${body[id]}?dataSource=#dataSource")
                .end()
                .log(
                        LoggingLevel.INFO,
                        "db-poll-to-journey",
                        "Polled ${exchangeProperty.customerRows.size} rows: ${exchangeProperty.sentCustomerIds.size} SENT,"
                                + " ${exchangeProperty.rejectedCustomers.size} FAILED");
    }
}
