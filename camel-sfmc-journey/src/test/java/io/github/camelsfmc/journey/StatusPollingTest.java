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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.ScriptedSfmc.Answer;
import io.github.camelsfmc.journey.model.EntryStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * How the consumer reads SFMC's status API, against scripted pages: paging, lenient items, the moving window, and
 * what happens to a status whose exchange fails.
 */
class StatusPollingTest extends ScriptedSfmcTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final List<Object> bodies = new CopyOnWriteArrayList<>();

    @Test
    void everyPageIsReadUntilSfmcsTotal() throws Exception {
        sfmc.then(page(3, 1, 2, item("e-1", "c-1"), item("e-2", "c-2")), page(3, 2, 2, item("e-3", "c-3")));

        consume("statusPageSize=2", exchange -> null);

        await().atMost(WAIT).until(() -> bodies.size() >= 3);
        assertThat(bodies)
                .extracting(body -> ((EntryStatus) body).getContactKey())
                .containsExactly("c-1", "c-2", "c-3");
        assertThat(param(sfmc.statusRequests().get(1).query(), "$page")).isEqualTo("2");
        assertThat(param(sfmc.statusRequests().get(1).query(), "$pageSize")).isEqualTo("2");
    }

    @Test
    void unknownItemFieldsAreKeptAndMissingOnesAreNullAndADateWithoutOffsetIsReadAsUtc() throws Exception {
        LocalDateTime aMinuteAgo =
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.MILLIS);
        sfmc.then(page(
                1,
                1,
                50,
                "{\"eventInstanceId\":\"e-1\",\"contactKey\":\"c-1\",\"status\":\"errored\","
                        + "\"activityId\":\"A-9\",\"modifiedDate\":\"" + aMinuteAgo + "\"}"));

        consume("", exchange -> null);

        await().atMost(WAIT).until(() -> !bodies.isEmpty());
        EntryStatus status = (EntryStatus) bodies.get(0);
        assertThat(status.getOtherFields()).containsEntry("activityId", "A-9");
        assertThat(status.getMessage()).isNull();
        assertThat(status.getRequestId()).isNull();
        assertThat(status.getModifiedDate()).isEqualTo(aMinuteAgo.toInstant(ZoneOffset.UTC));
    }

    @Test
    void aStatusWhoseExchangeFailedComesAgainOnTheNextPollAndTheOthersDoNot() throws Exception {
        Answer samePage = page(2, 1, 50, item("e-1", "c-1"), item("e-2", "c-2"));
        sfmc.then(samePage, samePage);
        AtomicBoolean failedOnce = new AtomicBoolean();

        consume("", exchange -> {
            if ("c-1".equals(exchange.getMessage().getBody(EntryStatus.class).getContactKey())
                    && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("downstream unavailable");
            }
            return null;
        });

        await().atMost(WAIT).until(() -> sfmc.statusRequests().size() >= 3);
        assertThat(bodies)
                .extracting(body -> ((EntryStatus) body).getContactKey())
                .containsExactly("c-1", "c-2", "c-1");
    }

    @Test
    void theWindowEndsSettleTimeBeforeNowAndTheNextOneStartsWhereItEnded() throws Exception {
        consume("settleTime=120000&statusOverlap=0", exchange -> null);

        await().atMost(WAIT).until(() -> sfmc.statusRequests().size() >= 2);
        ScriptedSfmc.StatusRequest first = sfmc.statusRequests().get(0);
        ScriptedSfmc.StatusRequest second = sfmc.statusRequests().get(1);
        Instant firstEnd = Instant.parse(param(first.query(), "endDate"));
        assertThat(firstEnd).isBeforeOrEqualTo(first.receivedAt().minus(Duration.ofMinutes(2)));
        // the window read ends where SFMC's Date header (whole seconds) says it settled
        assertThat(Instant.parse(param(second.query(), "startDate"))).isBetween(firstEnd.minusSeconds(1), firstEnd);
        assertThat(param(first.query(), "type")).isEqualTo("errored");
        assertThat(param(first.query(), "eventDefinitionKey")).isEqualTo("Scripted-Event");
    }

    @Test
    void whenSfmcsTotalChangesWhilePagingTheSameWindowIsReadAgain() throws Exception {
        sfmc.then(page(0, 1, 2), page(3, 1, 2, item("e-1", "c-1"), item("e-2", "c-2")), page(2, 2, 2));

        consume("statusPageSize=2", exchange -> null);

        await().atMost(WAIT).until(() -> sfmc.statusRequests().size() >= 4);
        String shiftedWindowStart = param(sfmc.statusRequests().get(1).query(), "startDate");
        assertThat(param(sfmc.statusRequests().get(3).query(), "startDate")).isEqualTo(shiftedWindowStart);
    }

    @Test
    void eachStatusTypeAndRequestIdIsAskedForSeparately() throws Exception {
        consume("statusType=errored,processed&requestIds=r-1,r-2", exchange -> null);

        await().atMost(WAIT).until(() -> sfmc.statusRequests().size() >= 4);
        assertThat(sfmc.statusRequests().subList(0, 4))
                .extracting(request -> param(request.query(), "type") + "/" + param(request.query(), "requestId"))
                .containsExactly("errored/r-1", "errored/r-2", "processed/r-1", "processed/r-2");
    }

    @Test
    void statusesAsListRoutesOneListPerPoll() throws Exception {
        sfmc.then(page(2, 1, 50, item("e-1", "c-1"), item("e-2", "c-2")));

        consume("statusesAsList=true", exchange -> null);

        await().atMost(WAIT).until(() -> !bodies.isEmpty());
        assertThat(bodies.get(0))
                .asList()
                .extracting(status -> ((EntryStatus) status).getContactKey())
                .containsExactly("c-1", "c-2");
    }

    @Test
    void aStatusTypeSfmcDoesNotKnowFailsAtStartNamingTheOptionAndTheValues() {
        assertThatThrownBy(() -> context.getEndpoint(sfmc.journeyUri("statusType=errored,failed")))
                .rootCause()
                .hasMessageContaining("statusType='errored,failed' has 'failed'")
                .hasMessageContaining("errored, processed or queued");
    }

    private void consume(String options, Function<Exchange, Void> step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(sfmc.journeyUri("initialDelay=0&delay=50&maximumRetries=0"
                                + (options.contains("settleTime") ? "" : "&settleTime=0")
                                + (options.isEmpty() ? "" : "&" + options)))
                        .process(exchange -> {
                            bodies.add(exchange.getMessage().getBody());
                            step.apply(exchange);
                        });
            }
        });
    }

    private static Answer page(int count, int page, int pageSize, String... items) {
        return Answer.json(
                200,
                "{\"page\":\"" + page + "\",\"pageSize\":\"" + pageSize + "\",\"count\":" + count + ",\"items\":["
                        + String.join(",", items) + "]}");
    }

    private static String item(String eventInstanceId, String contactKey) {
        return "{\"eventInstanceId\":\"" + eventInstanceId + "\",\"requestId\":\"r-1\",\"contactKey\":\"" + contactKey
                + "\",\"eventDefinitionKey\":\"Scripted-Event\",\"status\":\"errored\",\"errorcode\":\"30000\","
                + "\"message\":\"Contact was not admitted\",\"modifiedDate\":\""
                + Instant.now().minusSeconds(60) + "\"}";
    }

    private static String param(String query, String name) {
        Map<String, String> params = Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8), (a, b) -> a));
        return params.get(name);
    }
}
