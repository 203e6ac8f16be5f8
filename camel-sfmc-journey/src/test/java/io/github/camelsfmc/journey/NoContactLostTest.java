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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.Entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The batching promise under faults: 10,000 contacts through aggregate + batch entry while SFMC throttles, fails and
 * expires the token, with a dead-letter channel that replays what the component hands back. The batching endpoint
 * does not retry, so every fault fails a batch and the replay must get its contacts from the exception. Every contact
 * ends up entered exactly once, or named in the dead letters.
 */
class NoContactLostTest extends SfmcJourneyTestSupport {

    private static final int CONTACTS = 10_000;
    private static final int MAX_REPLAYS = 5;

    private final AtomicInteger replayedContacts = new AtomicInteger();

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:dead-letters"));

                from("direct:contacts")
                        .routeId("batching")
                        .aggregate(constant(true), new SfmcJourneyAggregationStrategy())
                        .completionSize(100)
                        .completionTimeout(1_000)
                        .forceCompletionOnStop()
                        // no retries here: a failed batch goes to the dead letters, whose replay must get its contacts
                        .to(journeyUri(KEY, "batchConcurrency=2&maximumRetries=0"));

                // the dead-letter channel gets the failed batch; replay exactly the contacts the component handed back
                from("direct:dead-letters")
                        .routeId("dead-letters")
                        .process(NoContactLostTest::keepOnlyUndelivered)
                        .choice()
                        .when(header("replays").isLessThanOrEqualTo(MAX_REPLAYS))
                        .to("direct:replay")
                        .otherwise()
                        .to("mock:dead-letters");

                from("direct:replay")
                        .routeId("replay")
                        .process(e -> replayedContacts.addAndGet(
                                e.getMessage().getBody(List.class).size()))
                        .to(journeyUri());
            }
        };
    }

    private static void keepOnlyUndelivered(Exchange exchange) {
        SfmcJourneyException error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SfmcJourneyException.class);
        exchange.getMessage().setBody(new ArrayList<>(error.getUndeliveredContacts()));
        exchange.getMessage().setHeader("replays", exchange.getMessage().getHeader("replays", 0, Integer.class) + 1);
    }

    @Test
    void underThrottlingServerErrorsAndTokenExpiryEveryContactIsEnteredOnceOrDeadLettered() throws Exception {
        simulator().faults().seed(2026).throttleRate(0.05).serverErrorRate(0.05).retryAfterSeconds(0);

        for (int i = 0; i < CONTACTS; i++) {
            template.sendBody("direct:contacts", Map.of("ContactKey", "C-" + i, "FirstName", "Name" + i));
            if (i == CONTACTS / 2) {
                simulator().expireAllTokens();
            }
        }
        MockEndpoint deadLetters = context.getEndpoint("mock:dead-letters", MockEndpoint.class);
        await().atMost(120, TimeUnit.SECONDS)
                .until(() -> simulator().entryCount(KEY)
                                + deadLetteredKeys(deadLetters).size()
                        >= CONTACTS);
        context.stop();

        Map<String, Integer> entries = new HashMap<>();
        for (Entry entry : simulator().entered(KEY)) {
            entries.merge(entry.contactKey(), 1, Integer::sum);
        }
        Set<String> deadLettered = deadLetteredKeys(deadLetters);
        assertThat(entries.values()).as("no contact entered twice").containsOnly(1);
        assertThat(deadLettered)
                .as("no dead-lettered contact was also entered")
                .doesNotContainAnyElementsOf(entries.keySet());
        assertThat(entries.size() + deadLettered.size())
                .as("every contact accounted for")
                .isEqualTo(CONTACTS);
        assertThat(replayedContacts.get())
                .as("failed batches handed their contacts to the dead-letter replay")
                .isPositive();
        assertThat(simulator().stats().throttledResponses())
                .as("faults were injected")
                .isPositive();
        assertThat(simulator().stats().serverErrorResponses()).isPositive();
        assertThat(simulator().stats().unauthorizedResponses())
                .as("the token expired mid-run")
                .isPositive();
    }

    private static Set<String> deadLetteredKeys(MockEndpoint deadLetters) {
        Set<String> keys = new HashSet<>();
        for (Exchange exchange : deadLetters.getExchanges()) {
            for (Object contact : exchange.getMessage().getBody(List.class)) {
                keys.add(String.valueOf(((Map<?, ?>) contact).get("ContactKey")));
            }
        }
        return keys;
    }
}
