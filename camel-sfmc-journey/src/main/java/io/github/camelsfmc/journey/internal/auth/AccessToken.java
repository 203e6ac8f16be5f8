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

/**
 * A bearer token with the REST base URL it was issued for. A caller replaces it {@code refreshMargin} before it expires
 * (but never before half its lifetime), so no request is sent with a token that expires in flight.
 */
public final class AccessToken {

    private final String value;
    private final String restInstanceUrl;
    private final Instant issuedAt;
    private final Instant expiresAt;

    public AccessToken(String value, String restInstanceUrl, Instant issuedAt, Instant expiresAt) {
        this.value = value;
        this.restInstanceUrl = restInstanceUrl;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** The value for the {@code Authorization: Bearer} header. Never log it. */
    public String value() {
        return value;
    }

    /** The tenant's REST base URL from the token response ({@code rest_instance_url}). */
    public String restInstanceUrl() {
        return restInstanceUrl;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** When a caller with this refresh margin wants a new token. */
    Instant refreshAt(Duration refreshMargin) {
        Duration lifetime = Duration.between(issuedAt, expiresAt);
        Instant halfLife = issuedAt.plus(lifetime.dividedBy(2));
        Instant beforeExpiry = expiresAt.minus(refreshMargin);
        return beforeExpiry.isAfter(halfLife) ? beforeExpiry : halfLife;
    }

    boolean isFreshAt(Instant now, Duration refreshMargin) {
        return now.isBefore(refreshAt(refreshMargin));
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[restInstanceUrl=" + restInstanceUrl + ", expiresAt=" + expiresAt + "]";
    }
}
