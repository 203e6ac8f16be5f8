package io.github.camelsfmc.journey;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionException;

import io.github.camelsfmc.journey.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.api.ApiResponse;
import io.github.camelsfmc.journey.api.JourneyApiClient;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.github.camelsfmc.journey.model.EntryEventResponse;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends the message body to SFMC as an entry event. The body is left as it was; the outcome goes into headers. Any
 * failure is set on the exchange as an {@link SfmcJourneyException} naming the contacts that were not delivered.
 */
public class SfmcJourneyProducer extends DefaultAsyncProducer {

    static final String EVENTS_PATH = "/interaction/v1/events";

    private EntryEventMapper mapper;
    private EntryEventSerializer serializer;
    private ApiErrorTranslator errorTranslator;

    public SfmcJourneyProducer(SfmcJourneyEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public SfmcJourneyEndpoint getEndpoint() {
        return (SfmcJourneyEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SfmcJourneyEndpoint endpoint = getEndpoint();
        SfmcJourneyConfiguration configuration = endpoint.getConfiguration();
        mapper = new EntryEventMapper(endpoint.getObjectMapper(), configuration.getContactKeyField(),
                configuration.isContactKeyInData());
        serializer = new EntryEventSerializer(endpoint.getObjectMapper());
        errorTranslator = endpoint.newErrorTranslator();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        String eventDefinitionKey;
        byte[] payload;
        try {
            eventDefinitionKey = eventDefinitionKey(message);
            EntryEvent event = mapper.map(readableBody(exchange, body), message.getHeader(SfmcJourneyConstants.CONTACT_KEY));
            if (event.getEventDefinitionKey() != null) {
                eventDefinitionKey = EventDefinitionKeys.requireValid(event.getEventDefinitionKey(), "EntryEvent.eventDefinitionKey");
            }
            payload = serializer.single(event, eventDefinitionKey);
        } catch (SfmcJourneyException e) {
            exchange.setException(e.withUndeliveredContacts(List.of(body)));
            callback.done(true);
            return true;
        }
        JourneyApiClient api = getEndpoint().getApiClient();
        String key = eventDefinitionKey;
        api.post(EVENTS_PATH, payload).whenComplete((response, error) -> {
            try {
                if (error != null) {
                    exchange.setException(asSfmcException(error).withUndeliveredContacts(List.of(body)));
                } else if (!response.isSuccess()) {
                    exchange.setException(errorTranslator.toException(response, key).withUndeliveredContacts(List.of(body)));
                } else {
                    message.setHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, eventInstanceId(response, key));
                }
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    private String eventDefinitionKey(Message message) {
        String override = message.getHeader(SfmcJourneyConstants.EVENT_DEFINITION_KEY, String.class);
        if (override != null) {
            return EventDefinitionKeys.requireValid(override, "header " + SfmcJourneyConstants.EVENT_DEFINITION_KEY);
        }
        return getEndpoint().getConfiguration().getEventDefinitionKey();
    }

    /** Streams and bytes are read as JSON text; every other body is mapped as it is. */
    private static Object readableBody(Exchange exchange, Object body) {
        if (body instanceof byte[] || body instanceof java.io.InputStream || body instanceof java.io.Reader) {
            return exchange.getContext().getTypeConverter().convertTo(String.class, exchange, body);
        }
        return body;
    }

    private String eventInstanceId(ApiResponse response, String key) {
        try {
            EntryEventResponse parsed = getEndpoint().getObjectMapper().readValue(response.body(), EntryEventResponse.class);
            if (parsed != null && parsed.eventInstanceId() != null) {
                return parsed.eventInstanceId();
            }
        } catch (IOException | RuntimeException notJson) {
            // reported below
        }
        throw SfmcJourneyException.outcomeUnknown(
                "SFMC answered HTTP " + response.statusCode() + " to " + EVENTS_PATH + " for event definition key '" + key
                                                  + "' without an eventInstanceId, so whether the contact was queued is unknown."
                                                  + " Check Journey Builder before replaying it.",
                null);
    }

    static SfmcJourneyException asSfmcException(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof SfmcJourneyException sfmc) {
            return sfmc;
        }
        return new SfmcJourneyException("SFMC call failed: " + cause, 0, null, null, null, cause);
    }
}
