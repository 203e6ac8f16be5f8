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
package io.github.camelsfmc.examples.jms;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import io.github.camelsfmc.journey.SfmcJourneyAggregationStrategy;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * JSON contacts arrive one per message on {@code contacts}; they are batched (up to 100, or whatever arrived within a
 * second) into one entry request. Contacts the batch did not deliver, rejected or failed, are put back on
 * {@code contacts.DLQ} one per message, unchanged, with the reason in the {@code SfmcFailureReason} header.
 * <p>
 * Reads the placeholders {@code sfmc.*} (see SfmcTarget) and the beans {@code deadLetters} and {@code counters}.
 */
public class JmsToJourneyRoutes extends RouteBuilder {

    public static final String CONTACTS_QUEUE = "contacts";
    public static final String DEAD_LETTER_QUEUE = "contacts.DLQ";

    @Override
    public void configure() {
        onException(SfmcJourneyException.class)
                .handled(true)
                // a partly failed batch still queued its other contacts
                .bean("counters", "batchQueued")
                .setBody(method("deadLetters", "undelivered"))
                .split(body())
                .to("jms:queue:" + DEAD_LETTER_QUEUE)
                .bean("counters", "contactDeadLettered")
                .end()
                .log(
                        LoggingLevel.INFO,
                        "jms-to-journey",
                        "${body.size} contact(s) to " + DEAD_LETTER_QUEUE + ": ${header.SfmcFailureReason}");

        from("jms:queue:" + CONTACTS_QUEUE)
                .routeId("jms-to-journey")
                .aggregate(constant(true), new SfmcJourneyAggregationStrategy())
                .completionSize(100)
                .completionTimeout(1000)
                .forceCompletionOnStop()
                .to("sfmc-journey:{{sfmc.event-definition-key}}"
                        + "?clientId={{sfmc.client-id}}&clientSecret=RAW({{sfmc.client-secret}})"
                        + "&subdomain={{?sfmc.subdomain}}&authUrl={{?sfmc.auth-url}}&restUrl={{?sfmc.rest-url}}"
                        + "&accountId={{?sfmc.account-id}}")
                .bean("counters", "batchQueued");
    }
}
