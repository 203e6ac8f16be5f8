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
import java.util.concurrent.ThreadFactory;
import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.util.concurrent.CamelThreadFactory;
import org.apache.hc.client5.http.ConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient 5 async client for one {@link TransportSettings}: a connection pool sized and timed by
 * the settings, I/O threads named after the CamelContext's thread pattern, no automatic retries or redirects (the
 * component decides what may be sent twice).
 */
public final class AsyncClientFactory {

    private static final String THREAD_NAME = "SfmcJourneyHttpIO";

    private final CamelContext camelContext;

    public AsyncClientFactory(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** A started client and the transport over it. */
    public HttpTransport create(TransportSettings settings) {
        CloseableHttpAsyncClient client = build(settings);
        client.start();
        return new HttpTransport(client, settings);
    }

    CloseableHttpAsyncClient build(TransportSettings settings) {
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(settings.maxConnections())
                // the REST host and the auth host
                .setMaxConnTotal(2 * settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setValidateAfterInactivity(TimeValue.of(settings.validateAfterInactivity()))
                        .setTimeToLive(timeToLive(settings.connectionTimeToLive()))
                        .build());
        SSLContext sslContext = sslContext(settings);
        if (sslContext != null) {
            pool.setTlsStrategy(
                    ClientTlsStrategyBuilder.create().setSslContext(sslContext).build());
        }
        TimeValue idleTimeout = TimeValue.of(settings.connectionIdleTimeout());
        HttpAsyncClientBuilder client = HttpAsyncClientBuilder.create()
                .setThreadFactory(threadFactory())
                .setKeepAliveStrategy(keepAliveAtMost(idleTimeout))
                .evictIdleConnections(idleTimeout)
                .evictExpiredConnections()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement();
        RequestGoingOut.install(client);
        TransportSettings.Proxy proxy = settings.proxy();
        if (proxy != null) {
            client.setProxy(new HttpHost(proxy.host(), proxy.port()));
            if (proxy.username() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(
                        new AuthScope(proxy.host(), proxy.port()),
                        new UsernamePasswordCredentials(
                                proxy.username(),
                                proxy.password() != null ? proxy.password().toCharArray() : new char[0]));
                client.setDefaultCredentialsProvider(credentials);
            }
        }
        if (settings.customizer() != null) {
            settings.customizer().connectionManager().accept(pool);
            settings.customizer().client().accept(client);
        }
        return client.setConnectionManager(pool.build()).build();
    }

    /**
     * A connection is kept for what the server allows, but never longer than {@code idleTimeout}: the pool then
     * discards it on lease instead of sending on a socket a load balancer may be closing.
     */
    private static ConnectionKeepAliveStrategy keepAliveAtMost(TimeValue idleTimeout) {
        return (response, context) -> {
            TimeValue serverAllows =
                    DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
            return TimeValue.isPositive(serverAllows) && serverAllows.compareTo(idleTimeout) < 0
                    ? serverAllows
                    : idleTimeout;
        };
    }

    private static TimeValue timeToLive(Duration timeToLive) {
        return timeToLive == null || timeToLive.isZero() || timeToLive.isNegative()
                ? TimeValue.NEG_ONE_MILLISECOND
                : TimeValue.of(timeToLive);
    }

    private ThreadFactory threadFactory() {
        return new CamelThreadFactory(
                camelContext.getExecutorServiceManager().getThreadNamePattern(), THREAD_NAME, true);
    }

    private SSLContext sslContext(TransportSettings settings) {
        if (settings.ssl() == null) {
            return null;
        }
        try {
            return settings.ssl().createSSLContext(camelContext);
        } catch (Exception e) {
            throw new RuntimeCamelException(
                    "Cannot create the SSLContext from sslContextParameters: " + e.getMessage(), e);
        }
    }
}
