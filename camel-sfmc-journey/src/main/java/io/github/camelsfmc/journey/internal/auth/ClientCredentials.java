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

import java.util.Objects;

/**
 * What a token is bound to: the auth server, the installed package's client id and secret, the business unit (MID)
 * and the requested scope. Two endpoints with equal credentials share one cached token.
 */
public record ClientCredentials(String authUrl, String clientId, String clientSecret, String accountId, String scope) {

    public ClientCredentials {
        Objects.requireNonNull(authUrl, "authUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }

    @Override
    public String toString() {
        // the secret is never rendered; the client id only by its first characters
        return "ClientCredentials[authUrl=" + authUrl + ", clientId=" + abbreviate(clientId) + ", accountId="
                + accountId + ", scope=" + scope + "]";
    }

    private static String abbreviate(String value) {
        return value.length() <= 4 ? "****" : value.substring(0, 4) + "****";
    }
}
