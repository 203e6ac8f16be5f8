package io.github.camelsfmc.journey.auth;

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
        return "ClientCredentials[authUrl=" + authUrl + ", clientId=" + abbreviate(clientId) + ", accountId=" + accountId
               + ", scope=" + scope + "]";
    }

    private static String abbreviate(String value) {
        return value.length() <= 4 ? "****" : value.substring(0, 4) + "****";
    }
}
