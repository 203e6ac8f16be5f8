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

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pooled, asynchronous HTTP client. A request the client could not even start on a pooled connection, because that
 * connection turned out to be closed before the request was written, is sent again at once on another connection: SFMC
 * cannot have seen it. Every other failure is handed to the caller, to be judged by {@link #neverReachedServer}.
 */
public final class HttpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    /** Each stale connection found costs one more attempt; more than this in a row means something else is wrong. */
    static final int MAX_STALE_CONNECTION_ATTEMPTS = 3;

    private final CloseableHttpAsyncClient client;
    private final TransportSettings settings;

    HttpTransport(CloseableHttpAsyncClient client, TransportSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Sends a request and completes with the answer, whatever its status.
     *
     * @param request         builds the request; called again for each attempt
     * @param responseTimeout how long the server may stay silent once the request is sent
     */
    public CompletableFuture<SimpleHttpResponse> execute(
            Supplier<SimpleHttpRequest> request, Duration responseTimeout) {
        CompletableFuture<SimpleHttpResponse> result = new CompletableFuture<>();
        attempt(request, responseTimeout, 1, result);
        return result;
    }

    private void attempt(
            Supplier<SimpleHttpRequest> request,
            Duration responseTimeout,
            int attempt,
            CompletableFuture<SimpleHttpResponse> result) {
        SimpleHttpRequest http = request.get();
        http.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(responseTimeout))
                .setConnectionRequestTimeout(Timeout.of(responseTimeout))
                .setConnectionKeepAlive(TimeValue.of(settings.connectionIdleTimeout()))
                .setRedirectsEnabled(false)
                .build());
        client.execute(http, new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                result.complete(response);
            }

            @Override
            public void failed(Exception failure) {
                if (failure instanceof RequestNotExecutedException && attempt < MAX_STALE_CONNECTION_ATTEMPTS) {
                    LOG.debug(
                            "{} {} was not sent: the pooled connection was closed; sending it on another one",
                            http.getMethod(),
                            http.getRequestUri());
                    attempt(request, responseTimeout, attempt + 1, result);
                } else {
                    result.completeExceptionally(failure);
                }
            }

            @Override
            public void cancelled() {
                result.completeExceptionally(new RequestNotExecutedException("The HTTP client is shutting down"));
            }
        });
    }

    /**
     * Whether {@code failure} proves that the request never reached the server: no connection could be opened or
     * leased, TLS failed before anything was sent, or the connection was found closed before the request was written.
     * Any other failure (a timeout waiting for the answer, a connection reset or closed after the request was written)
     * leaves open whether the server processed it.
     */
    public static boolean neverReachedServer(Throwable failure) {
        return failure instanceof ConnectException // includes HttpHostConnectException
                || failure instanceof ConnectTimeoutException
                || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException
                || failure instanceof ConnectionRequestTimeoutException
                || failure instanceof SSLHandshakeException
                || failure instanceof RequestNotExecutedException;
    }

    /** Whether {@code failure} is the server staying silent for longer than the response timeout. */
    public static boolean isResponseTimeout(Throwable failure) {
        return failure instanceof SocketTimeoutException;
    }

    public TransportSettings getSettings() {
        return settings;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        try {
            client.awaitShutdown(TimeValue.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
