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
package io.github.camelsfmc.journey.internal.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.internal.auth.ClientCredentials;

/**
 * The request throttles of a component: one per {@link ClientCredentials}, shared by every endpoint that uses them,
 * since SFMC's limits apply to the installed package and business unit, not to a route.
 */
public final class RequestThrottles {

    private static final Logger LOG = LoggerFactory.getLogger(RequestThrottles.class);

    private final Map<ClientCredentials, RequestThrottle> throttles = new ConcurrentHashMap<>();

    /**
     * The throttle for {@code credentials}. The first endpoint to ask creates it; an endpoint asking with other limits
     * shares the existing one, and a warning says so.
     */
    public RequestThrottle forCredentials(
            ClientCredentials credentials,
            int maxConcurrentRequests,
            double maxRequestsPerSecond,
            Supplier<RequestThrottle> create) {
        RequestThrottle throttle = throttles.computeIfAbsent(credentials, c -> create.get());
        if (throttle.getMaxConcurrentRequests() != Math.max(0, maxConcurrentRequests)
                || throttle.getMaxRequestsPerSecond() != Math.max(0, maxRequestsPerSecond)) {
            LOG.warn(
                    "Endpoints using {} configure different limits (maxConcurrentRequests={}, maxRequestsPerSecond={});"
                            + " they share the limits of the first one: maxConcurrentRequests={}, maxRequestsPerSecond={}",
                    credentials,
                    maxConcurrentRequests,
                    maxRequestsPerSecond,
                    throttle.getMaxConcurrentRequests(),
                    throttle.getMaxRequestsPerSecond());
        }
        return throttle;
    }

    public void clear() {
        throttles.clear();
    }
}
