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

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.github.camelsfmc.journey.SfmcJourneyAggregationStrategy;
import io.github.camelsfmc.journey.SfmcJourneyConstants;
import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

/**
 * POST /contacts with one contact (a JSON object) enters it at once and answers its eventInstanceId; with a list (a
 * JSON array) each contact joins a batch of up to 100, sent when full or after a second, and the answer is 202. The
 * status consumer writes every contact SFMC reports as errored into the errored_contact table; GET /errored-contacts
 * lists them.
 */
@Component
public class JourneyRoutes extends RouteBuilder {

    private static final String JOURNEY = "sfmc-journey:{{sfmc.event-definition-key}}";

    private final ObjectMapper objectMapper =
            new ObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ErroredContactTable erroredContacts;

    public JourneyRoutes(ErroredContactTable erroredContacts) {
        this.erroredContacts = erroredContacts;
    }

    @Override
    public void configure() {
        onException(UnreadableContactsException.class, JsonProcessingException.class)
                .handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain"))
                .setBody(exceptionMessage());
        onException(SfmcJourneyValidationException.class)
                .handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(422))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain"))
                .setBody(exceptionMessage());
        onException(SfmcJourneyException.class)
                .handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(502))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain"))
                .setBody(exceptionMessage());

        from("platform-http:/contacts?httpMethodRestrict=POST")
                .routeId("contacts-http")
                .convertBodyTo(String.class)
                .process(exchange -> exchange.getMessage()
                        .setBody(contacts(exchange.getMessage().getBody(String.class))))
                .choice()
                .when(body().isInstanceOf(List.class))
                .to("direct:list")
                .otherwise()
                .to(JOURNEY)
                .setBody(exchange -> json(Map.of(
                        "eventInstanceId",
                        exchange.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, String.class))))
                .end()
                .removeHeaders("*", Exchange.HTTP_RESPONSE_CODE)
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));

        from("direct:list")
                .routeId("contacts-list")
                .setHeader("accepted", simple("${body.size}"))
                .split(body())
                .to("direct:batch")
                .end()
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(202))
                .setBody(simple("{\"accepted\":${header.accepted}}"));

        from("direct:batch")
                .routeId("contacts-batch")
                .aggregate(constant(true), new SfmcJourneyAggregationStrategy())
                .completionSize(100)
                .completionTimeout(1000)
                .forceCompletionOnStop()
                .to(JOURNEY)
                .log("Batch of ${body.size} contacts: ${header.CamelSfmcJourneyQueuedCount} queued");

        from(JOURNEY + "?statusType=errored&delay={{sfmc.status-poll-delay:60000}}")
                .routeId("errored-contacts")
                .bean(erroredContacts, "record")
                .log("Contact ${body.contactKey} errored: ${body.message}");

        from("platform-http:/errored-contacts?httpMethodRestrict=GET")
                .routeId("errored-contacts-http")
                .setBody(exchange -> json(erroredContacts.list()))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }

    /** A JSON object is one contact, a JSON array a list of them. */
    private Object contacts(String body) throws Exception {
        JsonNode json = objectMapper.readTree(body);
        if (json == null || !json.isContainerNode()) {
            throw new UnreadableContactsException();
        }
        return json.isArray() ? objectMapper.convertValue(json, List.class) : json;
    }

    /** A request body that is not a JSON object or array: answered 400. */
    static final class UnreadableContactsException extends RuntimeException {
        UnreadableContactsException() {
            super("The body must be a JSON object (one contact) or a JSON array of contacts");
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
