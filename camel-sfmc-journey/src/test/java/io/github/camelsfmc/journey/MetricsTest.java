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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.SimulatorStats;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With a Micrometer MeterRegistry in the Camel registry, the component's meters after a run agree with the
 * simulator's ledger, and the endpoint's JMX attribute shows the same counts. Each endpoint's meters carry its role and
 * leave the registry when it stops.
 */
class MetricsTest {

    private static final String KEY = "Metrics-Event";

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private CamelContext context;

    @BeforeEach
    void startCamel() throws Exception {
        sim.simulator().processingDelay(Duration.ofMillis(200));
        sim.simulator()
                .addJourney(Journey.builder(KEY)
                        .field(DataExtensionField.primaryKey("ContactKey", 50))
                        .knownContactsOnly("k-1", "k-2", "k-3", "k-4", "k-5", "k-6", "k-7")
                        .build());
        context = new DefaultCamelContext();
        context.getRegistry().bind("meters", meters);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("statusType=processed,errored&settleTime=0&initialDelay=0&delay=100"))
                        .routeId("outcomes")
                        .log("${body}");
            }
        });
        context.start();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
        sim.simulator().removeJourney(KEY);
    }

    @Test
    void afterARunTheCountersEqualTheSimulatorsLedger() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (String key : List.of("k-1", "k-2", "stranger-1", "k-3", "k-4", "stranger-2", "k-5")) {
            batch.add(Map.of("ContactKey", key));
        }
        batch.add(Map.of("FirstName", "no key"));
        context.createProducerTemplate()
                .send(
                        uri("preflight=off&validation=off&failOnRejectedMembers=false"),
                        exchange -> exchange.getMessage().setBody(batch));

        await().atMost(Duration.ofSeconds(20)).until(() -> contacts("processed") + contacts("errored") >= 7);
        SimulatorStats ledger = sim.simulator().stats();

        assertThat(contacts("queued"))
                .isEqualTo(sim.simulator().entryCount(KEY) + sim.simulator().dropCount(KEY))
                .isEqualTo(7);
        assertThat(contacts("processed"))
                .isEqualTo(sim.simulator().entryCount(KEY))
                .isEqualTo(5);
        assertThat(contacts("errored"))
                .isEqualTo(sim.simulator().dropCount(KEY))
                .isEqualTo(2);
        assertThat(contacts("rejected")).isEqualTo(1);
        assertThat(counter("sfmc.journey.requests", "api", "batch", "status", "2xx"))
                .isEqualTo(ledger.batchEventRequests());
        assertThat(meters.get("sfmc.journey.token.requests")
                        .tag("role", "producer")
                        .functionCounter()
                        .count())
                .isEqualTo(ledger.tokensIssued());
        assertThat(meters.get("sfmc.journey.request.duration")
                        .tag("api", "batch")
                        .timer()
                        .count())
                .isEqualTo(ledger.batchEventRequests());
    }

    @Test
    void theEndpointShowsTheSameCountsAsJmxAttributes() {
        context.createProducerTemplate()
                .sendBody(uri("preflight=off&validation=off"), List.of(Map.of("ContactKey", "k-1")));
        await().atMost(Duration.ofSeconds(20)).until(() -> contacts("processed") >= 1);

        SfmcJourneyEndpoint producerSide =
                context.getEndpoint(uri("preflight=off&validation=off"), SfmcJourneyEndpoint.class);
        SfmcJourneyEndpoint consumerSide =
                (SfmcJourneyEndpoint) context.getRoute("outcomes").getEndpoint();
        assertThat(producerSide.getEntryMetrics())
                .containsEntry("contacts.queued", 1L)
                .containsEntry("requests.batch.2xx", 1L);
        assertThat(consumerSide.getEntryMetrics()).containsEntry("contacts.processed", 1L);
        assertThat(producerSide.getEntryMetrics().get("token.requests"))
                .isEqualTo(sim.simulator().stats().tokensIssued());
    }

    @Test
    void aProducerAndAConsumerOfTheSameKeyHaveDistinctMeters() {
        context.createProducerTemplate()
                .sendBody(uri("preflight=off&validation=off"), List.of(Map.of("ContactKey", "k-1")));
        await().atMost(Duration.ofSeconds(20)).until(() -> contacts("processed") >= 1);

        assertThat(Search.in(meters)
                        .name("sfmc.journey.token.requests")
                        .tag("eventDefinitionKey", KEY)
                        .functionCounters())
                .extracting(meter -> meter.getId().getTag("role"))
                .containsExactlyInAnyOrder("producer", "consumer");
        assertThat(Search.in(meters)
                        .name("sfmc.journey.contacts")
                        .tag("eventDefinitionKey", KEY)
                        .counters())
                .extracting(meter ->
                        meter.getId().getTag("outcome") + "/" + meter.getId().getTag("role"))
                .containsExactlyInAnyOrder("queued/producer", "processed/consumer");
        assertThat(Search.in(meters)
                        .name("sfmc.journey.requests")
                        .tag("api", "status")
                        .counters())
                .isNotEmpty()
                .allSatisfy(meter -> assertThat(meter.getId().getTag("role")).isEqualTo("consumer"));
    }

    @Test
    void anEndpointThatStopsTakesItsMetersOutOfTheRegistry() throws Exception {
        String producerUri = uri("preflight=off&validation=off");
        context.createProducerTemplate().sendBody(producerUri, List.of(Map.of("ContactKey", "k-1")));
        await().atMost(Duration.ofSeconds(20)).until(() -> contacts("processed") >= 1);
        assertThat(Search.in(meters).tag("role", "producer").meters()).isNotEmpty();

        context.removeEndpoint(context.getEndpoint(producerUri));

        assertThat(Search.in(meters).tag("role", "producer").meters()).isEmpty();
        assertThat(Search.in(meters).tag("role", "consumer").meters())
                .as("the consumer's endpoint still runs")
                .isNotEmpty();
        context.getRouteController().stopRoute("outcomes");
        context.removeEndpoint(context.getRoute("outcomes").getEndpoint());
        assertThat(meters.getMeters()).isEmpty();
    }

    @Test
    void aMeterTwoEndpointsShareStaysUntilTheLastOfThemStops() throws Exception {
        String first = uri("preflight=off&validation=off");
        String second = uri("preflight=off&validation=off&batchSize=50");
        context.createProducerTemplate().sendBody(first, List.of(Map.of("ContactKey", "k-1")));
        context.createProducerTemplate().sendBody(second, List.of(Map.of("ContactKey", "k-2")));

        context.removeEndpoint(context.getEndpoint(first));

        assertThat(counter("sfmc.journey.contacts", "outcome", "queued", "role", "producer"))
                .as("the second endpoint's meter")
                .isEqualTo(2);
        context.removeEndpoint(context.getEndpoint(second));
        assertThat(Search.in(meters).tag("role", "producer").meters()).isEmpty();
    }

    private double contacts(String outcome) {
        return counter("sfmc.journey.contacts", "outcome", outcome);
    }

    private double counter(String name, String... tags) {
        return Search.in(meters).name(name).tags(tags).tag("eventDefinitionKey", KEY).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private static String uri(String options) {
        return "sfmc-journey:" + KEY + "?clientId=" + SfmcSimulator.DEFAULT_CLIENT_ID + "&clientSecret=RAW("
                + SfmcSimulator.DEFAULT_CLIENT_SECRET + ")&authUrl=" + sim.baseUrl() + "&" + options;
    }
}
