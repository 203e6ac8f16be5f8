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
import java.util.concurrent.CompletableFuture;

/**
 * An endpoint's view of the shared token cache of its credentials: tokens come from the shared
 * {@link AccessTokenProvider}, but a token request this endpoint causes goes through its own {@link TokenEndpoint} (its
 * proxy, TLS and timeouts), and freshness is judged by its own refresh margin.
 */
public final class TokenSource {

    private final AccessTokenProvider provider;
    private final TokenEndpoint tokenEndpoint;
    private final Duration refreshMargin;

    public TokenSource(AccessTokenProvider provider, TokenEndpoint tokenEndpoint, Duration refreshMargin) {
        this.provider = provider;
        this.tokenEndpoint = tokenEndpoint;
        this.refreshMargin = refreshMargin;
    }

    /** See {@link AccessTokenProvider#token(TokenEndpoint, Duration)}. */
    public CompletableFuture<AccessToken> token() {
        return provider.token(tokenEndpoint, refreshMargin);
    }

    /** See {@link AccessTokenProvider#invalidate(AccessToken)}. */
    public void invalidate(AccessToken rejected) {
        provider.invalidate(rejected);
    }

    public long getTokenRequestCount() {
        return provider.getTokenRequestCount();
    }

    public Instant getTokenExpiresAt() {
        return provider.getTokenExpiresAt();
    }
}
