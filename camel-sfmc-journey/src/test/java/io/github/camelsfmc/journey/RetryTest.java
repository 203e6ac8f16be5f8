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
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelsfmc.journey.ScriptedSfmc.Answer;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failed calls the component tries again, how often, and what a route sees of it.
 */
class RetryTest extends ScriptedSfmcTestSupport {

    private static final String FAST = "retryInitialDelay=1&retryMaxDelay=50";
    private static final String THROTTLED = "{\"message\":\"Rate limit exceeded\",\"errorcode\":50100}";
    private static final String SERVER_ERROR = "{\"message\":\"Service unavailable\",\"errorcode\":50300}";

    private Exchange sendOne(String options) {
        return template.request(sfmc.journeyUri(options), e -> e.getMessage().setBody(Map.of("ContactKey", "C-1")));
    }

    private static int retryCount(Exchange exchange) {
        return exchange.getMessage().getHeader(SfmcJourneyConstants.RETRY_COUNT, Integer.class);
    }

    @Test
    void aThrottledCallIsRetriedAfterTheRetryAfterHeader() {
        sfmc.then(Answer.json(429, THROTTLED).withHeader("Retry-After", "0"));

        Exchange result = sendOne(FAST);

        assertThat(result.getException()).isNull();
        assertThat(sfmc.entryRequests()).hasSize(2);
        assertThat(retryCount(result)).isEqualTo(1);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID))
                .isNotNull();
    }

    @Test
    void theRetryComesNoEarlierThanTheRetryAfterHint() {
        sfmc.then(Answer.json(429, THROTTLED).withHeader("Retry-After", "1"));

        Exchange result = sendOne("retryInitialDelay=1&retryMaxDelay=5000");

        assertThat(result.getException()).isNull();
        List<Long> arrivals = sfmc.entryRequestNanos();
        assertThat(arrivals).hasSize(2);
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterInTheBodyIsHonouredWhenTheHeaderIsMissing() {
        sfmc.then(Answer.json(503, "{\"message\":\"busy\",\"errorcode\":50300,\"retryAfter\":0}"));

        Exchange result = sendOne(FAST);

        assertThat(result.getException()).isNull();
        assertThat(retryCount(result)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 429})
    void serverErrorsAndThrottlingWithoutRetryAfterAreRetriedWithBackoff(int status) {
        sfmc.then(Answer.json(status, SERVER_ERROR), Answer.json(status, SERVER_ERROR));

        Exchange result = sendOne(FAST);

        assertThat(result.getException()).isNull();
        assertThat(sfmc.entryRequests()).hasSize(3);
        assertThat(retryCount(result)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 409})
    void otherClientErrorsAreNeverRetried(int status) {
        sfmc.then(Answer.json(status, "{\"message\":\"no\",\"errorcode\":10001}"));

        Exchange result = sendOne(FAST);

        assertThat(result.getException()).isInstanceOf(SfmcJourneyException.class);
        assertThat(((SfmcJourneyException) result.getException()).getHttpResponseCode())
                .isEqualTo(status);
        assertThat(sfmc.entryRequests()).hasSize(1);
        assertThat(retryCount(result)).isZero();
    }

    @Test
    void afterMaximumRetriesTheLastAnswerFailsTheExchangeWithTheContact() {
        for (int i = 0; i < 3; i++) {
            sfmc.then(Answer.json(503, SERVER_ERROR));
        }

        Exchange result = sendOne(FAST + "&maximumRetries=2");

        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure.getHttpResponseCode()).isEqualTo(503);
        assertThat(failure.getUndeliveredContacts()).containsExactly(Map.of("ContactKey", "C-1"));
        assertThat(sfmc.entryRequests()).hasSize(3);
        assertThat(retryCount(result)).isEqualTo(2);
    }

    @Test
    void zeroMaximumRetriesDisablesRetries() {
        sfmc.then(Answer.json(503, SERVER_ERROR));

        Exchange result = sendOne(FAST + "&maximumRetries=0");

        assertThat(result.getException()).isInstanceOf(SfmcJourneyException.class);
        assertThat(sfmc.entryRequests()).hasSize(1);
    }

    @Test
    void aRetryAfterLongerThanRetryMaxDelayFailsAtOnceWithTheHintForTheRoute() {
        sfmc.then(Answer.json(429, THROTTLED).withHeader("Retry-After", "120"));

        Exchange result = sendOne("retryMaxDelay=30000");

        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure.getRetryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(sfmc.entryRequests()).hasSize(1);
    }

    @Test
    void aRetryAfterOnlyInTheBodyLongerThanRetryMaxDelayFailsAtOnceWithSfmcsAnswer() {
        // no header: only the body says 120 s, longer than retryMaxDelay, so the call fails at once with the hint
        sfmc.then(Answer.json(429, "{\"message\":\"slow down\",\"errorcode\":50100,\"retryAfter\":120}"));

        Exchange result = sendOne(FAST);

        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure.getRetryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(failure.getErrorCode()).isEqualTo(50100);
        assertThat(failure.getSfmcMessage()).isEqualTo("slow down");
        assertThat(failure.getUndeliveredContacts()).hasSize(1);
        assertThat(retryCount(result)).isZero();
        assertThat(sfmc.entryRequests()).hasSize(1);
    }

    @Test
    void aBatchCountsTheRetriesOfAllItsRequests() {
        sfmc.then(Answer.json(503, SERVER_ERROR), Answer.json(500, SERVER_ERROR));
        List<Map<String, Object>> contacts = List.of(
                Map.of("ContactKey", "A"),
                Map.of("ContactKey", "B"),
                Map.of("ContactKey", "C"),
                Map.of("ContactKey", "D"));

        Exchange result = template.request(
                sfmc.journeyUri(FAST + "&batchSize=2&batchConcurrency=1"),
                e -> e.getMessage().setBody(contacts));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.QUEUED_COUNT))
                .isEqualTo(4);
        assertThat(retryCount(result)).isEqualTo(2);
        assertThat(result.getMessage()
                        .getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class)
                        .getRetryCount())
                .isEqualTo(2);
    }

    @Test
    void aCallThatCouldNotConnectIsRetriedBecauseNothingWasSent() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Exchange result = sendOne(FAST + "&maximumRetries=2&restUrl=http://127.0.0.1:" + closedPort);

        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getHttpResponseCode()).isZero();
        assertThat(retryCount(result)).isEqualTo(2);
    }

    @Test
    void aCallWithoutAnswerIsNotRetriedByDefaultBecauseSfmcMayHaveQueuedIt() {
        sfmc.then(Answer.noAnswer());

        Exchange result = sendOne(FAST + "&requestTimeout=300");

        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getUndeliveredContacts()).containsExactly(Map.of("ContactKey", "C-1"));
        assertThat(sfmc.entryRequests()).hasSize(1);
        assertThat(retryCount(result)).isZero();
    }

    @Test
    void aCallWithoutAnswerIsRetriedWhenTheUserAcceptsDuplicates() {
        sfmc.then(Answer.noAnswer());

        Exchange result = sendOne(FAST + "&requestTimeout=300&retryOnUnknownOutcome=true");

        assertThat(result.getException()).isNull();
        assertThat(sfmc.entryRequests()).hasSize(2);
        assertThat(retryCount(result)).isEqualTo(1);
    }
}
