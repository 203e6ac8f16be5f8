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
package io.github.camelsfmc.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The accepted API clients and the access tokens issued to them, each bound to (client, MID) until it expires. */
final class TokenStore {
    /** Accepted credentials; the first MID is the default. Never shows the secret in {@link #toString()}. */
    record Client(String secret, List<Integer> mids) {
        int defaultMid() {
            return mids.get(0);
        }

        @Override
        public String toString() {
            return "Client[secret=****, mids=" + mids + "]";
        }
    }

    /** What an access token stands for; {@code scope} is the space-separated list the token was granted. */
    record TokenInfo(String clientId, int mid, Instant expiresAt, String scope) {
        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }

        boolean hasScope(String wanted) {
            return Arrays.asList(scope.split(" +")).contains(wanted);
        }
    }

    private final Map<String, Client> clients;
    private final Map<String, TokenInfo> tokens = new ConcurrentHashMap<>();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final int configuredLifetimeSeconds;
    private volatile int lifetimeSeconds;

    private final Clock clock;

    TokenStore(Map<String, Client> clients, int lifetimeSeconds, Clock clock) {
        this.clock = clock;
        this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
        this.configuredLifetimeSeconds = lifetimeSeconds;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    /** The client with this id, or null. */
    Client client(String clientId) {
        return clientId == null ? null : clients.get(clientId);
    }

    /** Every client, in configuration order. */
    /** The client ids with their MIDs (no secrets), in configuration order. */
    Map<String, List<Integer>> clientMids() {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        clients.forEach((id, c) -> out.put(id, c.mids()));
        return out;
    }

    TokenInfo issue(String accessToken, String clientId, int mid, int lifetimeSeconds, String scope) {
        if (tokens.size() > 10_000) {
            Instant now = clock.instant();
            tokens.values().removeIf(t -> t.expiredAt(now));
        }
        TokenInfo info = new TokenInfo(clientId, mid, clock.instant().plusSeconds(lifetimeSeconds), scope);
        tokens.put(accessToken, info);
        issued.add(accessToken);
        return info;
    }

    /** The token's binding, or null when unknown or expired. */
    TokenInfo valid(String accessToken) {
        if (accessToken == null) {
            return null;
        }
        TokenInfo info = tokens.get(accessToken);
        if (info == null) {
            return null;
        }
        if (info.expiredAt(clock.instant())) {
            tokens.remove(accessToken);
            return null;
        }
        return info;
    }

    int expireAll() {
        int n = tokens.size();
        tokens.clear();
        return n;
    }

    List<String> issued() {
        return List.copyOf(issued);
    }

    int lifetimeSeconds() {
        return lifetimeSeconds;
    }

    void lifetimeSeconds(int seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("tokenLifetimeSeconds must be positive");
        }
        this.lifetimeSeconds = seconds;
    }

    void restoreConfiguredLifetime() {
        this.lifetimeSeconds = configuredLifetimeSeconds;
    }
}
