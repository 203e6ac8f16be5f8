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

import io.github.camelsfmc.journey.internal.api.AsyncFailures;
import io.github.camelsfmc.journey.internal.payload.TokenResponse;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * One cached SFMC access token for one set of {@link ClientCredentials}.
 * <ul>
 * <li>The token is reused until {@code refreshMargin} before it expires (SFMC asks clients not to request a token per
 * call: its soft limit is one token request per 20 minutes).</li>
 * <li>At most one token request is in flight: concurrent callers on a cold or stale cache all wait for the same
 * one.</li>
 * <li>{@link #invalidate(AccessToken)} drops a token SFMC answered 401 to, unless another caller already replaced it,
 * so a burst of 401s causes one new token request, not one per request.</li>
 * </ul>
 * The token value is never logged.
 */
public final class AccessTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenProvider.class);

    private final ClientCredentials credentials;
    private final TokenEndpoint tokenEndpoint;
    private final Duration refreshMargin;
    private final Clock clock;
    private final AtomicLong tokenRequests = new AtomicLong();

    private AccessToken current;
    private CompletableFuture<AccessToken> inFlight;

    public AccessTokenProvider(
            ClientCredentials credentials, TokenEndpoint tokenEndpoint, Duration refreshMargin, Clock clock) {
        this.credentials = credentials;
        this.tokenEndpoint = tokenEndpoint;
        this.refreshMargin = refreshMargin;
        this.clock = clock;
    }

    /** A token that is valid for at least the refresh margin, fetching one if needed. */
    public CompletableFuture<AccessToken> token() {
        CompletableFuture<AccessToken> request;
        synchronized (this) {
            if (current != null && current.isFreshAt(clock.instant())) {
                return CompletableFuture.completedFuture(current);
            }
            if (inFlight != null) {
                return inFlight;
            }
            request = new CompletableFuture<>();
            inFlight = request;
        }
        fetch(request);
        return request;
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

    private void fetch(CompletableFuture<AccessToken> request) {
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
            Throwable failure = error;
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
                } else if (current != null && current.isValidAt(clock.instant())) {
                    // refreshing ahead of expiry failed, but the cached token still works: keep serving it
                    LOG.warn(
                            "Refreshing the SFMC access token for {} failed ({}); using the current token until it expires at {}",
                            credentials,
                            AsyncFailures.unwrap(failure).getMessage(),
                            current.expiresAt());
                    token = current;
                }
            }
            if (token != null) {
                LOG.debug("SFMC access token for {} valid until {}", credentials, token.expiresAt());
                request.complete(token);
            } else {
                request.completeExceptionally(AsyncFailures.unwrap(failure));
            }
        });
    }

    private AccessToken toAccessToken(TokenResponse response, Instant requestedAt) {
        long lifetimeSeconds = response.expiresIn() != null && response.expiresIn() > 0 ? response.expiresIn() : 1079;
        // expiry counts from when the request was sent: immune to server clock skew, and errs on the early side
        Instant expiresAt = requestedAt.plusSeconds(lifetimeSeconds);
        // never refresh later than half-way through the lifetime, so a margin longer than a short-lived token still
        // caches
        long lifetimeMillis = lifetimeSeconds * 1000;
        long refreshAfterMillis = Math.max(lifetimeMillis - refreshMargin.toMillis(), lifetimeMillis / 2);
        Instant refreshAt = requestedAt.plusMillis(refreshAfterMillis);
        if (response.restInstanceUrl() == null || response.restInstanceUrl().isBlank()) {
            throw new SfmcJourneyException(
                    "The SFMC token response has no rest_instance_url; set restUrl explicitly or check authUrl",
                    0,
                    null,
                    null,
                    null,
                    null);
        }
        return new AccessToken(response.accessToken(), response.restInstanceUrl(), refreshAt, expiresAt);
    }
}
