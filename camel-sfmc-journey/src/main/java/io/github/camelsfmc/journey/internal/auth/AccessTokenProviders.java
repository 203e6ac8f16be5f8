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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token cache of a component: one {@link AccessTokenProvider} per {@link ClientCredentials} (auth URL, client id
 * and secret, MID, scope), shared by every endpoint that uses them.
 */
public final class AccessTokenProviders {

    private final Map<ClientCredentials, AccessTokenProvider> providers = new ConcurrentHashMap<>();
    private final Clock clock;
    private final TokenBackoff backoff;

    public AccessTokenProviders(Clock clock, TokenBackoff backoff) {
        this.clock = clock;
        this.backoff = backoff;
    }

    /** The provider for {@code credentials}, created on their first use. */
    public AccessTokenProvider forCredentials(ClientCredentials credentials) {
        return providers.computeIfAbsent(credentials, c -> new AccessTokenProvider(c, clock, backoff));
    }

    public int size() {
        return providers.size();
    }

    public void clear() {
        providers.clear();
    }
}
