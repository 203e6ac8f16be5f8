package io.github.camelsfmc.journey.auth;

import java.util.concurrent.CompletableFuture;

import io.github.camelsfmc.journey.model.TokenResponse;

/**
 * Asks the auth server for a new client-credentials token. Implementations complete exceptionally with an
 * {@link io.github.camelsfmc.journey.SfmcJourneyException} that never contains the secret.
 */
@FunctionalInterface
public interface TokenEndpoint {

    CompletableFuture<TokenResponse> requestToken(ClientCredentials credentials);
}
