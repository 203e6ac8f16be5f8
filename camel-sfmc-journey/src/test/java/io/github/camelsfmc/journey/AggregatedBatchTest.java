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

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.Entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Single contacts batched by SfmcJourneyAggregationStrategy, the way a route from a queue or a file would do it.
 */
class AggregatedBatchTest extends SfmcJourneyTestSupport {

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:contacts")
                        .routeId("batching")
                        .aggregate(constant(true), new SfmcJourneyAggregationStrategy())
                        .completionSize(100)
                        .completionTimeout(60_000)
                        .forceCompletionOnStop()
                        .to(journeyUri())
                        .to("mock:sent");
            }
        };
    }

    @Test
    void singleContactsAreEnteredOneHundredPerRequest() throws Exception {
        MockEndpoint sent = context.getEndpoint("mock:sent", MockEndpoint.class);
        sent.expectedMessageCount(3);

        for (int i = 0; i < 300; i++) {
            template.sendBody("direct:contacts", Map.of("ContactKey", "C-" + i));
        }

        sent.assertIsSatisfied(20_000);
        assertThat(simulator().entryCount(KEY)).isEqualTo(300);
        assertThat(simulator().stats().batchEventRequests()).isEqualTo(3);
        assertThat(sent.getExchanges())
                .allSatisfy(e -> assertThat(e.getMessage().getBody(List.class)).hasSize(100));
    }

    @Test
    void theBatchIsAPlainListInTheBodySoPersistentRepositoriesKeepIt() throws Exception {
        MockEndpoint sent = context.getEndpoint("mock:sent", MockEndpoint.class);
        sent.expectedMessageCount(1);

        for (int i = 0; i < 100; i++) {
            template.sendBody("direct:contacts", Map.of("ContactKey", "C-" + i));
        }

        sent.assertIsSatisfied(20_000);
        Exchange batch = sent.getExchanges().get(0);
        assertThat(batch.getMessage().getBody()).isInstanceOf(java.util.ArrayList.class);
        assertThat(batch.getProperty(Exchange.GROUPED_EXCHANGE)).isNull();
    }

    @Test
    void aContactKeyHeaderOfAMapContactSurvivesAggregation() throws Exception {
        MockEndpoint sent = context.getEndpoint("mock:sent", MockEndpoint.class);
        sent.expectedMessageCount(1);

        for (int i = 0; i < 100; i++) {
            template.sendBodyAndHeader(
                    "direct:contacts", Map.of("FirstName", "N" + i), SfmcJourneyConstants.CONTACT_KEY, "H-" + i);
        }

        sent.assertIsSatisfied(20_000);
        assertThat(simulator().entered(KEY))
                .extracting(Entry::contactKey)
                .contains("H-0", "H-99")
                .hasSize(100);
    }

    @Test
    void stoppingTheContextSendsThePartialBatchInsteadOfDroppingIt() {
        for (int i = 0; i < 150; i++) {
            template.sendBody("direct:contacts", Map.of("ContactKey", "C-" + i));
        }
        await().atMost(20, TimeUnit.SECONDS).until(() -> simulator().entryCount(KEY) == 100);

        context.stop();

        Set<String> entered = new HashSet<>();
        simulator().entered(KEY).forEach(e -> entered.add(e.contactKey()));
        assertThat(entered).hasSize(150).contains("C-0", "C-149");
    }
}
