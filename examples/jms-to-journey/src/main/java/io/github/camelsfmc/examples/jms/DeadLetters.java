package io.github.camelsfmc.examples.jms;

import java.util.List;

import io.github.camelsfmc.journey.SfmcJourneyException;
import org.apache.camel.Exchange;

/**
 * Turns a failed batch into what the dead-letter queue should hold: only the contacts that did not reach the journey
 * queue, exactly as they arrived. The queued ones of the same batch must not be replayed.
 */
public class DeadLetters {

    public static final String REASON_HEADER = "SfmcFailureReason";
    public static final String HTTP_STATUS_HEADER = "SfmcHttpStatus";

    public List<Object> undelivered(Exchange exchange) {
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (error instanceof SfmcJourneyException sfmc) {
            exchange.getMessage().setHeader(REASON_HEADER, sfmc.getMessage());
            exchange.getMessage().setHeader(HTTP_STATUS_HEADER, sfmc.getHttpResponseCode());
            return sfmc.getUndeliveredContacts();
        }
        exchange.getMessage().setHeader(REASON_HEADER, String.valueOf(error));
        return exchange.getMessage().getBody(List.class);
    }
}
