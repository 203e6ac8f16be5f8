package io.github.camelsfmc.examples.db;

import io.github.camelsfmc.journey.SfmcJourneyException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Polls up to 100 NEW customers at a time and enters them as one batch. A row is marked SENT only after SFMC queued its
 * contact; a row SFMC or the component rejected is marked FAILED with the reason (replaying it unchanged would fail
 * again); rows of a request that failed as a whole (throttled, SFMC down) stay NEW and are picked up by a later poll.
 * <p>
 * Needs a {@code dataSource} bean and the {@code sfmc.*} placeholders (see SfmcTarget); {@code app.poll-delay-ms}
 * sets the pause between polls.
 */
public class DbPollToJourneyRoutes extends RouteBuilder {

    static final String SELECT_NEW = "SELECT id, contact_key, first_name, email FROM new_customers"
                                     + " WHERE status = 'NEW' ORDER BY id";

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
                    .log(LoggingLevel.WARN, "db-poll-to-journey",
                            "Rows left NEW for the next poll: ${exception.message}")
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
                .log(LoggingLevel.INFO, "db-poll-to-journey",
                        "Polled ${exchangeProperty.customerRows.size} rows: ${exchangeProperty.sentCustomerIds.size} SENT,"
                        + " ${exchangeProperty.rejectedCustomers.size} FAILED");
    }
}
