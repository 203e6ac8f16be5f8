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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.EntryStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's window against a status API whose clock differs from this machine's, whose statuses show up late or
 * move between pages, and whose pages are smaller than asked: every settled status is delivered once, none that was
 * still provisional by SFMC's clock is.
 */
class StatusWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final List<EntryStatus> delivered = new CopyOnWriteArrayList<>();
    private StatusApiFixture sfmc;
    private Duration clientAheadOfSfmc = Duration.ZERO;
    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        if (sfmc != null) {
            sfmc.close();
        }
    }

    @Test
    void withSfmcThirtySecondsBehindAnErrorThatIsNotSettledBySfmcsClockIsNotDelivered() throws Exception {
        sfmc = new StatusApiFixture();
        Instant now = sfmc.serverNow();
        // settled by this machine's clock, 29 s short of settled by SFMC's
        sfmc.add(sfmc.errored("provisional", now.minusSeconds(600 - 29)));
        sfmc.add(sfmc.errored("settled", now.minusSeconds(700)));
        clientAheadOfSfmc = Duration.ofSeconds(30);

        consume("settleTime=600000");

        await().atMost(WAIT).until(() -> sfmc.requests().size() >= 6);
        sfmc.revise("provisional", "processed", sfmc.serverNow());
        int seen = sfmc.requests().size();
        await().atMost(WAIT).until(() -> sfmc.requests().size() >= seen + 4);
        assertThat(delivered).extracting(EntryStatus::getEventInstanceId).containsExactly("settled");
    }

    @Test
    void withSfmcThirtySecondsBehindAnErrorDatedAfterTheLastPollByItsClockIsDelivered() throws Exception {
        sfmc = new StatusApiFixture();

        clientAheadOfSfmc = Duration.ofSeconds(30);
        consume("settleTime=0&statusOverlap=0");
        await().atMost(WAIT).until(() -> sfmc.requests().size() >= 2);
        // SFMC records an error now, by its clock: 30 s before what this machine calls now
        sfmc.add(sfmc.errored("later", sfmc.serverNow()));

        await().atMost(WAIT).until(() -> !delivered.isEmpty());
        int seen = sfmc.requests().size();
        await().atMost(WAIT).until(() -> sfmc.requests().size() >= seen + 3);
        assertThat(delivered).extracting(EntryStatus::getEventInstanceId).containsExactly("later");
    }

    @Test
    void withSfmcThirtySecondsAheadEverySettledErrorIsDeliveredOnce() throws Exception {
        sfmc = new StatusApiFixture();
        Instant now = sfmc.serverNow();
        sfmc.add(sfmc.errored("a", now.minusSeconds(10)));
        sfmc.add(sfmc.errored("b", now.minusSeconds(3600)));
        clientAheadOfSfmc = Duration.ofSeconds(-30);

        consume("settleTime=0");
        await().atMost(WAIT).until(() -> delivered.size() >= 2);
        int seen = sfmc.requests().size();
        await().atMost(WAIT).until(() -> sfmc.requests().size() >= seen + 3);

        assertThat(delivered).extracting(EntryStatus::getEventInstanceId).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aStatusSfmcShowsLateIsReadByTheOverlapOfTheNextWindows() throws Exception {
        sfmc = new StatusApiFixture();
        Instant now = sfmc.serverNow();
        // dated a minute ago, but the API returns it only from its third request on, after two windows were read
        sfmc.add(new StatusApiFixture.Item("late", "c-late", "errored", now.minusSeconds(60), Instant.MAX));
        sfmc.beforeAnswer(request -> {
            if (sfmc.requests().size() == 3) {
                sfmc.makeVisible("late");
            }
        });

        consume("settleTime=0&statusOverlap=300000");

        await().atMost(WAIT).until(() -> !delivered.isEmpty());
        int seen = sfmc.requests().size();
        await().atMost(WAIT).until(() -> sfmc.requests().size() >= seen + 3);
        assertThat(delivered).extracting(EntryStatus::getEventInstanceId).containsExactly("late");
    }

    @Test
    void pagesAreCountedWithThePageSizeSfmcReturnedNotTheOneAskedFor() throws Exception {
        sfmc = new StatusApiFixture();
        sfmc.servePagesOf(2);
        Instant now = sfmc.serverNow();
        for (int i = 1; i <= 5; i++) {
            sfmc.add(sfmc.errored("e-" + i, now.minusSeconds(100 + i)));
        }

        consume("settleTime=0&statusPageSize=50");

        await().atMost(WAIT).until(() -> delivered.size() >= 5);
        assertThat(delivered)
                .extracting(EntryStatus::getEventInstanceId)
                .containsExactly("e-5", "e-4", "e-3", "e-2", "e-1");
    }

    @Test
    void whenAStatusLeavesAnEarlierPageWhileTheNextIsReadTheWindowIsReadAgainAndNothingIsSkipped() throws Exception {
        sfmc = new StatusApiFixture();
        sfmc.servePagesOf(2);
        Instant now = sfmc.serverNow();
        for (int i = 1; i <= 5; i++) {
            sfmc.add(sfmc.errored("e-" + i, now.minusSeconds(100 + i)));
        }
        // newest first: page 1 is e-1, e-2; before page 2 is read, e-1 is revised to processed and leaves the query,
        // so e-3 moves up to page 1, which was read already
        AtomicBoolean revised = new AtomicBoolean();
        sfmc.beforeAnswer(request -> {
            if ("2".equals(request.param("$page")) && revised.compareAndSet(false, true)) {
                sfmc.revise("e-1", "processed", now.minusSeconds(101));
            }
        });

        consume("settleTime=0&statusOverlap=0&statusPageSize=2");

        await().atMost(WAIT).until(() -> delivered.size() >= 4);
        int seen = sfmc.requests().size();
        await().atMost(WAIT).until(() -> sfmc.requests().size() >= seen + 3);
        assertThat(delivered)
                .extracting(EntryStatus::getEventInstanceId)
                .containsExactlyInAnyOrder("e-2", "e-3", "e-4", "e-5");
    }

    @Test
    void aPositionOlderThanSfmcsThirtyDaysIsClampedWithAWarningNamingTheGap() throws Exception {
        sfmc = new StatusApiFixture();
        MemoryStateRepository windows = new MemoryStateRepository();
        Instant lastRead = sfmc.serverNow().minus(Duration.ofDays(40));
        windows.setState("sfmc-journey-status:Window-Event:errored", lastRead.toString());
        context = new DefaultCamelContext();
        context.getRegistry().bind("windows", windows);

        try (LogCapture log = LogCapture.start(java.util.Map.of("io.github.camelsfmc.journey", Level.INFO))) {
            consume("settleTime=0&stateRepository=#windows");
            await().atMost(WAIT).until(() -> !sfmc.requests().isEmpty());

            Instant firstStart = Instant.parse(sfmc.requests().get(0).param("startDate"));
            assertThat(firstStart)
                    .isAfterOrEqualTo(sfmc.requests().get(0).serverTime().minus(Duration.ofDays(30)));
            assertThat(log.lines())
                    .filteredOn(line -> line.level() == Level.WARN)
                    .extracting(LogCapture.Line::text)
                    .anySatisfy(text -> assertThat(text)
                            .contains("can no longer be read")
                            .contains(lastRead.toString())
                            .contains(firstStart.toString()));
        }
    }

    private void consume(String options) throws Exception {
        if (context == null) {
            context = new DefaultCamelContext();
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(sfmc.uri(options))
                        .routeId("statuses")
                        .autoStartup(false)
                        .process(exchange -> delivered.add(exchange.getMessage().getBody(EntryStatus.class)));
            }
        });
        context.start();
        ((SfmcJourneyConsumer) context.getRoute("statuses").getConsumer())
                .useLocalClock(Clock.offset(Clock.systemUTC(), clientAheadOfSfmc));
        context.getRouteController().startRoute("statuses");
    }
}
