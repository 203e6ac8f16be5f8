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
package io.github.camelsfmc.journey.internal.setup;

import java.time.Duration;

import org.apache.camel.util.ObjectHelper;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.SfmcJourneyConfiguration;
import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.api.RequestThrottle;
import io.github.camelsfmc.journey.internal.api.RequestThrottles;
import io.github.camelsfmc.journey.internal.api.RetryPolicy;
import io.github.camelsfmc.journey.internal.auth.AccessTokenProviders;
import io.github.camelsfmc.journey.internal.auth.ClientCredentials;
import io.github.camelsfmc.journey.internal.auth.HttpTokenEndpoint;
import io.github.camelsfmc.journey.internal.auth.TokenSource;
import io.github.camelsfmc.journey.internal.http.DelayedTasks;
import io.github.camelsfmc.journey.internal.http.HttpTransport;

/**
 * Builds an endpoint's API client from its options: its credentials' token cache and throttle (shared by every
 * endpoint with the same credentials), its retry policy, and its transport.
 */
public final class JourneyApiClients {

    private JourneyApiClients() {}

    public static JourneyApiClient create(
            SfmcJourneyConfiguration configuration,
            String authUrl,
            HttpTransport transport,
            ObjectMapper objectMapper,
            AccessTokenProviders tokenProviders,
            RequestThrottles throttles,
            DelayedTasks delayedTasks) {
        ClientCredentials credentials = new ClientCredentials(
                authUrl,
                configuration.getClientId(),
                configuration.getClientSecret(),
                emptyToNull(configuration.getAccountId()),
                emptyToNull(configuration.getScope()));
        TokenSource tokens = new TokenSource(
                tokenProviders.forCredentials(credentials),
                new HttpTokenEndpoint(transport, objectMapper, Duration.ofMillis(configuration.getTokenTimeout())),
                Duration.ofMillis(configuration.getTokenRefreshMargin()));
        int maxConcurrent = configuration.getMaxConcurrentRequests();
        double perSecond = configuration.getMaxRequestsPerSecond();
        RequestThrottle throttle = throttles.forCredentials(
                credentials,
                maxConcurrent,
                perSecond,
                () -> new RequestThrottle(maxConcurrent, perSecond, delayedTasks));
        RetryPolicy retryPolicy = new RetryPolicy(
                configuration.getMaximumRetries(),
                Duration.ofMillis(configuration.getRetryInitialDelay()),
                Duration.ofMillis(configuration.getRetryMaxDelay()),
                configuration.isRetryOnUnknownOutcome());
        return new JourneyApiClient(
                transport,
                tokens,
                emptyToNull(configuration.getRestUrl()),
                Duration.ofMillis(configuration.getRequestTimeout()),
                retryPolicy,
                throttle,
                delayedTasks,
                objectMapper);
    }

    private static String emptyToNull(String value) {
        return ObjectHelper.isEmpty(value) ? null : value;
    }
}
