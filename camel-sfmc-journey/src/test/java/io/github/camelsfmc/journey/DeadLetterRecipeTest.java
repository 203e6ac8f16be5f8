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
package io.github.camelsfmc.journey;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dead-letter recipe of docs/reliability.md, run as written for each kind of failure: whatever failed, the
 * dead-letter route finds one SfmcJourneyException with exactly the contacts that were not delivered.
 */
class DeadLetterRecipeTest extends SfmcJourneyTestSupport {

    private final List<SfmcJourneyException> deadLetters = new CopyOnWriteArrayList<>();

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:sfmc-dead").useOriginalMessage());
                from("direct:in").toD("${header.target}");
                from("direct:sfmc-dead").process(e -> {
                    SfmcJourneyException failure = e.getProperty(Exchange.EXCEPTION_CAUGHT, SfmcJourneyException.class);
                    deadLetters.add(failure);
                    e.getMessage().setBody(failure.getUndeliveredContacts());
                });
            }
        };
    }

    private SfmcJourneyException send(String uri, Object body) {
        template.sendBodyAndHeader("direct:in", body, "target", uri);
        assertThat(deadLetters).hasSize(1);
        return deadLetters.get(0);
    }

    @Test
    void aTokenFailureHandsBackTheContact() {
        Map<String, Object> contact = Map.of("ContactKey", "DL-1");

        SfmcJourneyException failure = send(
                journeyUri(KEY, "preflight=off&maximumRetries=0")
                        .replace("RAW(" + SfmcSimulator.DEFAULT_CLIENT_SECRET + ")", "RAW(a-wrong-secret)"),
                contact);

        assertThat(failure.getHttpResponseCode()).isEqualTo(401);
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
    }

    @Test
    void aTransportFailureHandsBackTheContactAsAnUnknownOutcome() {
        simulator().faults().resetAfterReadRate(1.0);
        Map<String, Object> contact = Map.of("ContactKey", "DL-2");

        SfmcJourneyException failure = send(journeyUri(KEY, "preflight=off&validation=off&maximumRetries=0"), contact);

        assertThat(failure.getHttpResponseCode()).isZero();
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
    }

    @Test
    void anSfmcErrorHandsBackTheContactWithItsErrorcode() {
        Map<String, Object> contact = Map.of("ContactKey", "DL-3");

        SfmcJourneyException failure =
                send(journeyUri("No-Such-Event", "preflight=off&validation=off&maximumRetries=0"), contact);

        assertThat(failure.getHttpResponseCode()).isEqualTo(400);
        assertThat(failure.getErrorCode()).isEqualTo(30000);
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
    }

    @Test
    void aBatchFailureHandsBackOnlyTheRejectedMembers() {
        simulator().journey(KEY).rejectUnknownFields(true);
        Map<String, Object> good = Map.of("ContactKey", "DL-4");
        Map<String, Object> rejected = Map.of("ContactKey", "DL-5", "Nickname", "x");

        SfmcJourneyException failure =
                send(journeyUri(KEY, "preflight=off&validation=off&maximumRetries=0"), List.of(good, rejected));

        assertThat(failure.getUndeliveredContacts()).containsExactly(rejected);
    }
}
