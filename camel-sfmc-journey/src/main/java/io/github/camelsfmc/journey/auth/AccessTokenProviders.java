package io.github.camelsfmc.journey.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The token cache of a component: one {@link AccessTokenProvider} per {@link ClientCredentials}, shared by every
 * endpoint that uses them.
 */
public final class AccessTokenProviders {

    private final Map<ClientCredentials, AccessTokenProvider> providers = new ConcurrentHashMap<>();
    private final Clock clock;

    public AccessTokenProviders(Clock clock) {
        this.clock = clock;
    }

    /**
     * The provider for {@code credentials}, created with the given token endpoint and refresh margin if it is the first
     * use of these credentials.
     */
    public AccessTokenProvider forCredentials(ClientCredentials credentials, Supplier<TokenEndpoint> tokenEndpoint,
                                              Duration refreshMargin) {
        return providers.computeIfAbsent(credentials,
                c -> new AccessTokenProvider(c, tokenEndpoint.get(), refreshMargin, clock));
    }

    public int size() {
        return providers.size();
    }

    public void clear() {
        providers.clear();
    }
}
