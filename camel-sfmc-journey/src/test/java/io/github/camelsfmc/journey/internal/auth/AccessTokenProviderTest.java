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
package io.github.camelsfmc.journey.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.payload.TokenResponse;
import io.github.camelsfmc.journey.model.SfmcJourneyException.SfmcAnswer;
import io.github.camelsfmc.simulator.junit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenProviderTest {

    private static final ClientCredentials CREDENTIALS =
            new ClientCredentials("http://auth.example", "client-1234", "very-secret", "100", null);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final ScriptedTokenEndpoint tokenEndpoint = new ScriptedTokenEndpoint();
    private final ExecutorService threads = Executors.newFixedThreadPool(50);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void reusesTheCachedTokenUntilTheRefreshMargin() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        tokenEndpoint.answerImmediately(1079);

        AccessToken first = provider.token().get();
        clock.advance(Duration.ofSeconds(1079 - 121));
        AccessToken later = provider.token().get();

        assertThat(later).isSameAs(first);
        assertThat(tokenEndpoint.requests()).isEqualTo(1);
    }

    @Test
    void insideTheRefreshMarginOneCallStartsARefreshAndTheNextCallsGetTheNewToken() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        tokenEndpoint.answerImmediately(1079);

        AccessToken first = provider.token().get();
        clock.advance(Duration.ofSeconds(1079 - 119));
        AccessToken duringRefresh = provider.token().get();
        AccessToken refreshed = provider.token().get();

        assertThat(duringRefresh).isSameAs(first);
        assertThat(refreshed.value()).isNotEqualTo(first.value());
        assertThat(tokenEndpoint.requests()).isEqualTo(2);
    }

    @Test
    void hundredCallersDuringARefreshAheadGetTheStillValidTokenWithoutWaiting() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        tokenEndpoint.answerImmediately(1079);
        AccessToken current = provider.token().get();
        clock.advance(Duration.ofSeconds(1000));
        CompletableFuture<TokenResponse> refresh = tokenEndpoint.answerLater();

        List<CompletableFuture<AccessToken>> results = new CopyOnWriteArrayList<>();
        CountDownLatch asked = new CountDownLatch(100);
        for (int i = 0; i < 100; i++) {
            threads.submit(() -> {
                results.add(provider.token());
                asked.countDown();
            });
        }
        assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();

        // the refresh has not answered yet, and no caller waits for it
        assertThat(refresh).isNotDone();
        assertThat(results)
                .hasSize(100)
                .allSatisfy(result -> assertThat(result.getNow(null)).isSameAs(current));
        assertThat(tokenEndpoint.requests()).isEqualTo(2);
        refresh.complete(tokenResponse("refreshed", 1079));
        assertThat(provider.token().get().value()).isEqualTo("refreshed");
    }

    @Test
    void aTenSecondAuthOutageCausesAtMostFourTokenRequests() {
        // default backoff: requests at 0 s, then after 1, 2 and 4 s of pause (t = 1, 3, 7 s); the next is due at 15 s
        TokenSource provider = new TokenSource(
                new AccessTokenProvider(CREDENTIALS, clock, TokenBackoff.DEFAULT),
                tokenEndpoint,
                Duration.ofSeconds(120));
        tokenEndpoint.failAlways(SfmcCallFailure.refused("auth server down", SfmcAnswer.status(503)));

        List<Throwable> errors = new ArrayList<>();
        for (int elapsedMillis = 0; elapsedMillis < 10_000; elapsedMillis += 10) {
            provider.token().whenComplete((token, error) -> errors.add(error));
            clock.advance(Duration.ofMillis(10));
        }

        assertThat(tokenEndpoint.requests()).isEqualTo(4);
        assertThat(errors)
                .hasSize(1000)
                .allSatisfy(error ->
                        assertThat(error).isInstanceOf(SfmcCallFailure.class).hasMessageContaining("auth server down"));
    }

    @Test
    void afterAnOutageTheFirstRequestDueSucceedsAndCallersGetTokensAgain() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        tokenEndpoint.failAlways(SfmcCallFailure.refused("auth server down", SfmcAnswer.status(503)));
        assertThat(provider.token()).isCompletedExceptionally();

        tokenEndpoint.answerImmediately(1079);
        assertThat(provider.token()).as("still pausing").isCompletedExceptionally();
        clock.advance(TokenBackoff.DEFAULT.initialDelay());

        assertThat(provider.token().get().value()).isNotBlank();
        assertThat(tokenEndpoint.requests()).isEqualTo(2);
    }

    @Test
    void fiftyConcurrentCallersOnAColdCacheCauseExactlyOneTokenRequest() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        CompletableFuture<TokenResponse> pending = tokenEndpoint.answerLater();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<AccessToken>> results = new CopyOnWriteArrayList<>();
        CountDownLatch asked = new CountDownLatch(50);
        for (int i = 0; i < 50; i++) {
            threads.submit(() -> {
                start.await();
                results.add(provider.token());
                asked.countDown();
                return null;
            });
        }
        start.countDown();
        assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();

        pending.complete(tokenResponse("the-token", 1079));

        List<String> values = new ArrayList<>();
        for (CompletableFuture<AccessToken> result : results) {
            values.add(result.get(10, TimeUnit.SECONDS).value());
        }
        assertThat(values).hasSize(50).containsOnly("the-token");
        assertThat(tokenEndpoint.requests()).isEqualTo(1);
    }

    @Test
    void aTokenShorterThanTheMarginIsStillCachedForHalfItsLifetime() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        tokenEndpoint.answerImmediately(2);

        provider.token().get();
        clock.advance(Duration.ofMillis(900));
        provider.token().get();

        assertThat(tokenEndpoint.requests()).isEqualTo(1);
    }

    @Test
    void invalidatingTheRejectedTokenMakesTheNextCallFetchANewOne() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        tokenEndpoint.answerImmediately(1079);

        AccessToken rejected = provider.token().get();
        provider.invalidate(rejected);
        AccessToken replacement = provider.token().get();

        assertThat(replacement.value()).isNotEqualTo(rejected.value());
        assertThat(tokenEndpoint.requests()).isEqualTo(2);
    }

    @Test
    void invalidatingAnAlreadyReplacedTokenKeepsTheReplacement() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        tokenEndpoint.answerImmediately(1079);

        AccessToken rejected = provider.token().get();
        provider.invalidate(rejected);
        AccessToken replacement = provider.token().get();
        provider.invalidate(rejected);

        assertThat(provider.token().get()).isSameAs(replacement);
        assertThat(tokenEndpoint.requests()).isEqualTo(2);
    }

    @Test
    void aFailedTokenRequestFailsItsWaitersAndTheFirstCallAfterThePauseTriesAgain() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        tokenEndpoint.failNext(SfmcCallFailure.refused("refused", new SfmcAnswer(401, null, "invalid_client", null)));

        assertThatThrownBy(() -> provider.token().get())
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(SfmcCallFailure.class)
                .hasMessage("refused");

        tokenEndpoint.answerImmediately(1079);
        clock.advance(TokenBackoff.DEFAULT.initialDelay());
        assertThat(provider.token().get().value()).isNotBlank();
        assertThat(tokenEndpoint.requests()).isEqualTo(2);
    }

    @Test
    void keepsServingTheCurrentTokenWhenRefreshingAheadOfExpiryFails() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(120));
        tokenEndpoint.answerImmediately(1079);
        AccessToken current = provider.token().get();

        clock.advance(Duration.ofSeconds(1000));
        tokenEndpoint.failNext(SfmcCallFailure.refused("auth server down", SfmcAnswer.status(503)));

        assertThat(provider.token().get()).isSameAs(current);
    }

    @Test
    void expiryIsCountedFromWhenTheRequestWasSent() throws Exception {
        TokenSource provider = provider(Duration.ofSeconds(0));
        CompletableFuture<TokenResponse> pending = tokenEndpoint.answerLater();
        CompletableFuture<AccessToken> token = provider.token();
        clock.advance(Duration.ofSeconds(30));
        pending.complete(tokenResponse("slow", 1079));

        assertThat(token.get().expiresAt()).isEqualTo(Instant.parse("2026-11-23T10:17:59Z"));
    }

    @Test
    void credentialsAreRenderedWithoutTheSecret() {
        assertThat(CREDENTIALS.toString()).doesNotContain("very-secret").doesNotContain("client-1234");
        assertThat(tokenResponse("tok-value", 10).toString()).doesNotContain("tok-value");
    }

    private TokenSource provider(Duration margin) {
        return new TokenSource(
                new AccessTokenProvider(CREDENTIALS, clock, TokenBackoff.DEFAULT), tokenEndpoint, margin);
    }

    private static TokenResponse tokenResponse(String value, long expiresIn) {
        return new TokenResponse(
                value, "Bearer", expiresIn, "journeys_execute", "http://rest.example/", "http://soap.example/");
    }

    /** A token endpoint whose answers the test decides. */
    private static final class ScriptedTokenEndpoint implements TokenEndpoint {
        private int requests;
        private int issued;
        private long lifetime = 1079;
        private CompletableFuture<TokenResponse> next;
        private RuntimeException failure;
        private boolean outage;

        synchronized void answerImmediately(long lifetimeSeconds) {
            lifetime = lifetimeSeconds;
            next = null;
            failure = null;
            outage = false;
        }

        synchronized void failAlways(RuntimeException e) {
            failure = e;
            outage = true;
        }

        synchronized CompletableFuture<TokenResponse> answerLater() {
            next = new CompletableFuture<>();
            return next;
        }

        synchronized void failNext(RuntimeException e) {
            failure = e;
        }

        synchronized int requests() {
            return requests;
        }

        @Override
        public synchronized CompletableFuture<TokenResponse> requestToken(ClientCredentials credentials) {
            requests++;
            if (failure != null) {
                RuntimeException e = failure;
                failure = outage ? failure : null;
                return CompletableFuture.failedFuture(e);
            }
            if (next != null) {
                return next;
            }
            return CompletableFuture.completedFuture(tokenResponse("token-" + (++issued), lifetime));
        }
    }
}
