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
package io.github.camelsfmc.journey.internal.http;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTTP clients of a component, one per distinct {@link TransportSettings}, each counted by the endpoints that use
 * it: the last endpoint to release a client closes it, and {@link #closeAll()} closes what is left when the component
 * stops.
 */
public final class HttpTransports {

    private final Function<TransportSettings, HttpTransport> factory;
    private final Map<TransportSettings, Shared> transports = new HashMap<>();

    /** @param factory builds and starts a client for settings no endpoint uses yet */
    public HttpTransports(Function<TransportSettings, HttpTransport> factory) {
        this.factory = factory;
    }

    /** The client for {@code settings}, built now if no started endpoint uses the same settings. */
    public synchronized HttpTransport acquire(TransportSettings settings) {
        Shared shared = transports.computeIfAbsent(settings, s -> new Shared(factory.apply(s)));
        shared.users++;
        return shared.transport;
    }

    /** Gives back a client from {@link #acquire}; closes it when no endpoint uses it any more. */
    public synchronized void release(HttpTransport transport) {
        transports.entrySet().removeIf(entry -> {
            Shared shared = entry.getValue();
            if (shared.transport != transport || --shared.users > 0) {
                return false;
            }
            transport.close();
            return true;
        });
    }

    public synchronized int size() {
        return transports.size();
    }

    public synchronized void closeAll() {
        transports.values().forEach(shared -> shared.transport.close());
        transports.clear();
    }

    private static final class Shared {
        private final HttpTransport transport;
        private int users;

        Shared(HttpTransport transport) {
            this.transport = transport;
        }
    }
}
