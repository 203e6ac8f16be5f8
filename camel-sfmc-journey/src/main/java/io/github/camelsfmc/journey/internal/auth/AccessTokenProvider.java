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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.payload.TokenResponse;

/**
 * One cached SFMC access token for one set of {@link ClientCredentials}.
 * <ul>
 * <li>The token is reused until the caller's refresh margin before it expires (SFMC asks clients not to request a token
 * per call).</li>
 * <li>At most one token request is in flight. While it refreshes a still-valid token ahead of expiry, callers keep
 * getting the current token at once; only callers without a valid token wait for the request.</li>
 * <li>A failed token request pauses further ones ({@link TokenBackoff}): meanwhile callers with a valid token keep it,
 * and the others fail at once with the error of the last request. An auth outage thus causes a bounded trickle of token
 * requests, not one per message.</li>
 * <li>{@link #invalidate(AccessToken)} drops a token SFMC answered 401 to, unless another caller already replaced it,
 * so a burst of 401s causes one new token request, not one per request.</li>
 * </ul>
 * The token value is never logged.
 */
public final class AccessTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenProvider.class);

    private final ClientCredentials credentials;
    private final Clock clock;
    private final TokenBackoff backoff;
    private final AtomicLong tokenRequests = new AtomicLong();

    private AccessToken current;
    private CompletableFuture<AccessToken> inFlight;
    private int consecutiveFailures;
    private SfmcCallFailure lastFailure;
    private Instant pausedUntil;

    public AccessTokenProvider(ClientCredentials credentials, Clock clock, TokenBackoff backoff) {
        this.credentials = credentials;
        this.clock = clock;
        this.backoff = backoff;
    }

    /**
     * A valid token, refreshed through {@code tokenEndpoint} when it is older than {@code refreshMargin} before expiry.
     */
    public CompletableFuture<AccessToken> token(TokenEndpoint tokenEndpoint, Duration refreshMargin) {
        CompletableFuture<AccessToken> request;
        AccessToken stillValid;
        synchronized (this) {
            Instant now = clock.instant();
            stillValid = current != null && current.isValidAt(now) ? current : null;
            if (stillValid != null && stillValid.isFreshAt(now, refreshMargin)) {
                return CompletableFuture.completedFuture(stillValid);
            }
            if (inFlight != null) {
                return stillValid != null ? CompletableFuture.completedFuture(stillValid) : inFlight;
            }
            if (pausedUntil != null && now.isBefore(pausedUntil)) {
                return stillValid != null
                        ? CompletableFuture.completedFuture(stillValid)
                        : CompletableFuture.failedFuture(pausedFailure());
            }
            request = new CompletableFuture<>();
            inFlight = request;
        }
        fetch(tokenEndpoint, request);
        return stillValid != null ? CompletableFuture.completedFuture(stillValid) : request;
    }

    /**
     * Forgets {@code rejected} because SFMC answered 401 to it. A token another caller has fetched meanwhile is kept.
     */
    public synchronized void invalidate(AccessToken rejected) {
        if (current == rejected) {
            LOG.debug("SFMC rejected the cached access token for {}; a new one will be requested", credentials);
            current = null;
        }
    }

    /** How many token requests this provider has sent. */
    public long getTokenRequestCount() {
        return tokenRequests.get();
    }

    /** When the cached token expires, or null when none is cached. */
    public synchronized Instant getTokenExpiresAt() {
        return current != null ? current.expiresAt() : null;
    }

    public ClientCredentials getCredentials() {
        return credentials;
    }

    private void fetch(TokenEndpoint tokenEndpoint, CompletableFuture<AccessToken> request) {
        tokenRequests.incrementAndGet();
        Instant requestedAt = clock.instant();
        CompletableFuture<TokenResponse> response;
        try {
            response = tokenEndpoint.requestToken(credentials);
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        response.whenComplete((tokenResponse, error) -> {
            AccessToken token = null;
            Throwable failure = error != null ? AsyncFailures.unwrap(error) : null;
            if (failure == null) {
                try {
                    token = toAccessToken(tokenResponse, requestedAt);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            synchronized (this) {
                inFlight = null;
                if (token != null) {
                    current = token;
                    consecutiveFailures = 0;
                    pausedUntil = null;
                    lastFailure = null;
                } else {
                    try {
                        recordFailure(failure);
                    } catch (RuntimeException unexpected) {
                        // the waiting callers are told below whatever happens here
                        failure.addSuppressed(unexpected);
                    }
                }
            }
            if (token != null) {
                LOG.debug("SFMC access token for {} valid until {}", credentials, token.expiresAt());
                request.complete(token);
            } else {
                request.completeExceptionally(failure);
            }
        });
    }

    private void recordFailure(Throwable failure) {
        consecutiveFailures++;
        Duration pause = backoff.delayAfter(consecutiveFailures);
        pausedUntil = clock.instant().plus(pause);
        lastFailure = failure instanceof SfmcCallFailure call
                ? call
                : SfmcCallFailure.notSent(
                        "Could not get an SFMC access token: " + AsyncFailures.rootMessage(failure), failure);
        LOG.warn(
                "SFMC token request {} for {} failed ({}); the next one is sent in {} ms at the earliest{}",
                consecutiveFailures,
                credentials,
                AsyncFailures.rootMessage(failure),
                pause.toMillis(),
                current != null && current.isValidAt(clock.instant())
                        ? "; the current token is used until it expires at " + current.expiresAt()
                        : "");
    }

    /** The error for callers without a valid token while token requests pause: the last failure, said to be recent. */
    private SfmcCallFailure pausedFailure() {
        return lastFailure.pausing(
                lastFailure.getMessage() + " (token requests for " + credentials + " pause after " + consecutiveFailures
                        + " failure(s) in a row; the next one is sent after " + pausedUntil + ")",
                // a retry is worth making only once the pause is over
                Duration.between(clock.instant(), pausedUntil));
    }

    private AccessToken toAccessToken(TokenResponse response, Instant requestedAt) {
        long lifetimeSeconds = response.expiresIn() != null && response.expiresIn() > 0 ? response.expiresIn() : 1079;
        // expiry counts from when the request was sent: immune to server clock skew, and errs on the early side
        Instant expiresAt = requestedAt.plusSeconds(lifetimeSeconds);
        if (response.restInstanceUrl() == null || response.restInstanceUrl().isBlank()) {
            throw SfmcCallFailure.notSent(
                    "The SFMC token response has no rest_instance_url; set restUrl explicitly or check authUrl", null);
        }
        return new AccessToken(response.accessToken(), response.restInstanceUrl(), requestedAt, expiresAt);
    }
}
