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

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
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
    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    HttpTransport(CloseableHttpAsyncClient client, TransportSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Sends a request and completes with the answer, whatever its status, or fails once {@code deadline} has passed
     * since this call: connecting, sending, waiting and reading the whole answer all count.
     *
     * @param request      builds the request; called again for each attempt
     * @param deadline     the total time the call may take
     * @param maxBodyBytes the largest answer body read; a larger one fails with {@link AnswerTooLargeException}
     */
    public CompletableFuture<SimpleHttpResponse> execute(
            Supplier<SimpleHttpRequest> request, Duration deadline, int maxBodyBytes) {
        CompletableFuture<SimpleHttpResponse> result = new CompletableFuture<>();
        Call call = new Call(request, deadline, maxBodyBytes, result);
        // orTimeout's timer is withdrawn when the call completes first, so finished calls leave no task behind
        CompletableFuture<Void> timer = new CompletableFuture<>();
        timer.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).whenComplete((done, timedOut) -> {
            if (timedOut != null) {
                call.deadlinePassed();
            }
        });
        calls.add(call);
        result.whenComplete((response, failure) -> {
            timer.complete(null);
            calls.remove(call);
        });
        call.attempt(1);
        return result;
    }

    /** One call through its attempts; what the deadline needs to know about it. */
    private final class Call {

        private final Supplier<SimpleHttpRequest> request;
        private final Duration deadline;
        private final long deadlineNanos;
        private final int maxBodyBytes;
        private final CompletableFuture<SimpleHttpResponse> result;
        private final AtomicBoolean writing = new AtomicBoolean();
        private volatile Future<SimpleHttpResponse> inFlight;

        Call(
                Supplier<SimpleHttpRequest> request,
                Duration deadline,
                int maxBodyBytes,
                CompletableFuture<SimpleHttpResponse> result) {
            this.request = request;
            this.deadline = deadline;
            this.deadlineNanos = System.nanoTime() + deadline.toNanos();
            this.maxBodyBytes = maxBodyBytes;
            this.result = result;
        }

        void attempt(int attempt) {
            long remainingMillis = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
            SimpleHttpRequest http = request.get();
            http.setConfig(RequestConfig.custom()
                    .setResponseTimeout(Timeout.ofMilliseconds(remainingMillis))
                    .setConnectionRequestTimeout(Timeout.ofMilliseconds(remainingMillis))
                    .setConnectionKeepAlive(TimeValue.of(settings.connectionIdleTimeout()))
                    .setRedirectsEnabled(false)
                    .build());
            inFlight = client.execute(
                    SimpleRequestProducer.create(http),
                    new BoundedResponseConsumer(maxBodyBytes),
                    null,
                    RequestGoingOut.noting(writing),
                    new FutureCallback<>() {
                        @Override
                        public void completed(SimpleHttpResponse response) {
                            result.complete(response);
                        }

                        @Override
                        public void failed(Exception failure) {
                            if (failure instanceof RequestNotExecutedException
                                    && attempt < MAX_STALE_CONNECTION_ATTEMPTS
                                    && !closing
                                    && !result.isDone()) {
                                LOG.debug(
                                        "{} {} was not sent: the pooled connection was closed; sending it on another one",
                                        http.getMethod(),
                                        http.getRequestUri());
                                writing.set(false);
                                attempt(attempt + 1);
                            } else if (closing && !neverReachedServer(failure)) {
                                // the shutdown's doing, whatever the client calls it
                                cutOff(failure);
                            } else {
                                result.completeExceptionally(failure);
                            }
                        }

                        @Override
                        public void cancelled() {
                            cutOff(null);
                        }
                    });
        }

        /**
         * Ends the call before its answer: an unknown outcome once the request may have been written, never sent
         * before that.
         */
        void cutOff(Throwable cause) {
            IOException cutOff = writing.get()
                    ? new InterruptedIOException("The call was cut off after the request had started going out")
                    : new RequestNotExecutedException("The HTTP client is shutting down");
            if (cause != null) {
                cutOff.initCause(cause);
            }
            result.completeExceptionally(cutOff);
        }

        void deadlinePassed() {
            if (result.isDone()) {
                return;
            }
            // completed first, so the cancellation below cannot report it as a plain cancel
            result.completeExceptionally(new DeadlineExceededException(deadline, writing.get()));
            Future<SimpleHttpResponse> current = inFlight;
            if (current != null) {
                current.cancel(true);
            }
        }
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
                || failure instanceof RequestNotExecutedException
                || (failure instanceof DeadlineExceededException deadline && !deadline.mayHaveBeenSent());
    }

    /** Whether {@code failure} is the call running out of time: a silent server, or an answer too slow to finish. */
    public static boolean isResponseTimeout(Throwable failure) {
        return failure instanceof SocketTimeoutException || failure instanceof DeadlineExceededException;
    }

    public TransportSettings getSettings() {
        return settings;
    }

    /**
     * Closes the client: calls still in flight after a grace period are cut off, so each completes (as an unknown
     * outcome once it may have been sent) instead of waiting for a slow server or its deadline.
     */
    @Override
    public void close() {
        closing = true;
        // not close(GRACEFUL): after its grace it fails the calls itself, and does not say which were written
        client.initiateShutdown();
        try {
            client.awaitShutdown(TimeValue.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // the pool would drop a call still waiting for a connection without ever completing it
            calls.forEach(call -> call.cutOff(null));
            client.close(CloseMode.IMMEDIATE);
        }
    }
}
