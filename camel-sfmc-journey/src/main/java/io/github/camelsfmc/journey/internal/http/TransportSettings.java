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

import java.time.Duration;
import java.util.function.Consumer;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;

/**
 * Everything that shapes an HTTP client and its connection pool. Endpoints with equal settings share one
 * {@link HttpTransport}; a different proxy, TLS setup, timeout or pool size gets its own.
 *
 * @param connectTimeout          how long opening a TCP (and TLS) connection may take
 * @param connectionIdleTimeout   a pooled connection idle for longer is never reused, and closed in the background
 * @param validateAfterInactivity a pooled HTTP/2 connection idle for longer is pinged before it is leased (HttpClient
 *                                5.5 does not check HTTP/1.1 connections)
 * @param connectionTimeToLive    a connection older than this is not reused; zero means no limit
 * @param maxConnections          the pool size per host
 * @param ssl                     the TLS configuration, or null for the JVM default
 * @param proxy                   the proxy, or null for a direct connection
 * @param customizer              the user's hook on the client and pool builders, or null
 */
public record TransportSettings(
        Duration connectTimeout,
        Duration connectionIdleTimeout,
        Duration validateAfterInactivity,
        Duration connectionTimeToLive,
        int maxConnections,
        SSLContextParameters ssl,
        Proxy proxy,
        Customizer customizer) {

    /** An HTTP proxy, with credentials when it asks for them. The password is never rendered. */
    public record Proxy(String host, int port, String username, String password) {

        @Override
        public String toString() {
            return "Proxy[" + host + ":" + port + (username != null ? ", username=" + username : "") + "]";
        }
    }

    /**
     * The user's hooks on the client and connection-pool builders. Two customizers are the same when they come from
     * the same object ({@code owner}), so endpoints configured with one configurer bean share a client.
     */
    public record Customizer(
            Object owner,
            Consumer<HttpAsyncClientBuilder> client,
            Consumer<PoolingAsyncClientConnectionManagerBuilder> connectionManager) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer that && that.owner == owner;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner);
        }
    }
}
