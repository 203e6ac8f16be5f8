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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.logging.log4j.Level;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.EntryStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How the consumer hands statuses to routes: bounded per poll, a status whose exchange keeps failing given up after
 * its attempts so the window moves on, one delivery between consumers that share an idempotent repository, and polls
 * that SFMC answers without items or refuses.
 */
class StatusDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final List<Exchange> routed = new CopyOnWriteArrayList<>();
    private StatusApiFixture sfmc;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        sfmc = new StatusApiFixture();
        context = new DefaultCamelContext();
    }

    @AfterEach
    void stop() {
        context.stop();
        sfmc.close();
    }

    @Test
    void aPollRoutesAtMostMaxMessagesPerPollAndTheRestComeNext() throws Exception {
        addErrored(5);

        route("routed", sfmc.uri("settleTime=0&maxMessagesPerPoll=2"), exchange -> {});

        await().atMost(WAIT).until(() -> routed.size() >= 5);
        assertThat(routed).extracting(this::id).containsExactlyInAnyOrder("e-1", "e-2", "e-3", "e-4", "e-5");
        assertThat(routed)
                .extracting(exchange -> exchange.getProperty(Exchange.BATCH_SIZE, Integer.class))
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(2));
    }

    @Test
    void aStatusWhoseExchangeKeepsFailingIsGivenUpAfterItsAttemptsAndTheWindowMovesOn() throws Exception {
        Instant poisonDate = sfmc.serverNow().minusSeconds(120);
        sfmc.add(sfmc.errored("poison", poisonDate));

        route("routed", sfmc.uri("settleTime=0&statusOverlap=0&statusDeliveryAttempts=2"), exchange -> {
            if ("poison".equals(id(exchange))) {
                throw new IllegalStateException("cannot handle " + id(exchange));
            }
        });

        await().atMost(WAIT).until(() -> routed.size() >= 2);
        int seen = sfmc.requests().size();
        await().atMost(WAIT).until(() -> sfmc.requests().size() >= seen + 3);
        sfmc.add(sfmc.errored("later", sfmc.serverNow()));
        await().atMost(WAIT).until(() -> routed.stream().anyMatch(exchange -> "later".equals(id(exchange))));

        assertThat(routed).extracting(this::id).containsExactly("poison", "poison", "later");
        StatusApiFixture.Request last = sfmc.requests().get(sfmc.requests().size() - 1);
        assertThat(Instant.parse(last.param("startDate"))).isAfter(poisonDate);
    }

    @Test
    void twoConsumersSharingOneJdbcIdempotentRepositoryDeliverEachStatusOnceBetweenThem() throws Exception {
        addErrored(20);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:statuses-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcMessageIdRepository shared = new JdbcMessageIdRepository(dataSource, "sfmc-statuses");
        CamelContext otherNode = new DefaultCamelContext();
        context.getRegistry().bind("shared", shared);
        otherNode.getRegistry().bind("shared", shared);
        String uri = sfmc.uri("settleTime=0&idempotentRepository=#shared");
        try {
            // each route stays in its exchange until both nodes have polled, so both see the same statuses
            route(context, "first", uri, exchange -> awaitBothPolled());
            route(otherNode, "second", uri, exchange -> awaitBothPolled());

            await().atMost(WAIT).until(() -> routed.size() >= 20);
            int seen = sfmc.requests().size();
            await().atMost(WAIT).until(() -> sfmc.requests().size() >= seen + 4);
            assertThat(routed).extracting(this::id).hasSize(20).doesNotHaveDuplicates();
        } finally {
            otherNode.stop();
        }
    }

    @Test
    void aRepositoryTheUserSuppliedIsNotStoppedWithTheRoute() throws Exception {
        MemoryIdempotentRepository supplied = new MemoryIdempotentRepository();
        context.getRegistry().bind("supplied", supplied);
        addErrored(1);
        route("routed", sfmc.uri("settleTime=0&idempotentRepository=#supplied"), exchange -> {});
        await().atMost(WAIT).until(() -> routed.size() >= 1);

        context.getRouteController().stopRoute("routed");
        context.removeRoute("routed");

        assertThat(supplied.isStarted()).isTrue();
        assertThat(supplied.getCacheSize()).isEqualTo(1);
    }

    @Test
    void anAnswerWithoutItemsIsNothingYetAndTheWindowStaysWhereItWas() throws Exception {
        addErrored(1);
        sfmc.answerWithoutItems(2);
        MemoryStateRepository windows = new MemoryStateRepository();
        String lastRead = sfmc.serverNow().minus(Duration.ofHours(1)).toString();
        windows.setState("sfmc-journey-status:Window-Event:errored", lastRead);
        context.getRegistry().bind("windows", windows);

        route("routed", sfmc.uri("settleTime=0&statusOverlap=0&stateRepository=#windows"), exchange -> {});

        await().atMost(WAIT).until(() -> routed.size() >= 1);
        assertThat(sfmc.requests().subList(0, 3))
                .extracting(request -> request.param("startDate"))
                .containsOnly(lastRead);
        assertThat(routed).extracting(this::id).containsExactly("e-1");
    }

    @Test
    void afterFiveRefusedPollsInARowTheConsumerStopsPolling() throws Exception {
        sfmc.answerWithStatus(404);
        try (LogCapture log = LogCapture.start(Map.of("io.github.camelsfmc.journey", Level.INFO))) {
            route("routed", sfmc.uri("settleTime=0"), exchange -> {});

            await().atMost(WAIT)
                    .until(() -> !log.lines(Level.ERROR, "io.github.camelsfmc.journey")
                            .isEmpty());
            await().during(Duration.ofMillis(500))
                    .atMost(WAIT)
                    .until(() -> sfmc.requests().size() == 5);
            assertThat(log.lines(Level.ERROR, "io.github.camelsfmc.journey"))
                    .extracting(LogCapture.Line::text)
                    .anySatisfy(text -> assertThat(text).contains("HTTP 404").contains("stops polling"));
        }
    }

    private void addErrored(int count) {
        Instant now = sfmc.serverNow();
        for (int i = 1; i <= count; i++) {
            sfmc.add(sfmc.errored("e-" + i, now.minusSeconds(100 + i)));
        }
    }

    private void awaitBothPolled() {
        await().atMost(WAIT).until(() -> sfmc.requests().size() >= 2);
    }

    private String id(Exchange exchange) {
        return exchange.getMessage().getBody(EntryStatus.class).getEventInstanceId();
    }

    private void route(String routeId, String uri, ThrowingStep step) throws Exception {
        route(context, routeId, uri, step);
    }

    private void route(CamelContext context, String routeId, String uri, ThrowingStep step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).process(exchange -> {
                    routed.add(exchange.copy());
                    step.run(exchange);
                });
            }
        });
        context.start();
    }

    @FunctionalInterface
    interface ThrowingStep {
        void run(Exchange exchange) throws Exception;
    }
}
