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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.camel.util.URISupport;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.auth.AccessToken;
import io.github.camelsfmc.journey.internal.auth.TokenSource;
import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.http.DelayedTasks;
import io.github.camelsfmc.journey.internal.http.HttpTransport;
import io.github.camelsfmc.journey.internal.http.RetryAfter;
import io.github.camelsfmc.journey.internal.http.ServerText;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.http.TransportFailures;
import io.github.camelsfmc.journey.internal.metrics.EntryMetrics;

/**
 * Authenticated calls to the SFMC REST API. It adds the bearer token, resolves paths against {@code restUrl} (or the
 * {@code rest_instance_url} of the token), and, when SFMC answers 401 to a token, fetches a new one and repeats the
 * call once. Failures the {@link RetryPolicy} allows are tried again after a delay scheduled on an executor (no thread
 * sleeps meanwhile), and every HTTP call waits for a permit of the {@link RequestThrottle} of its credentials. The
 * final answer, whatever its status, is returned to the caller as is.
 */
public final class JourneyApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyApiClient.class);

    private final HttpTransport transport;
    private final TokenSource tokens;
    private final String restUrl;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final RequestThrottle throttle;
    private final DelayedTasks delayedTasks;
    private final ObjectMapper objectMapper;
    private volatile EntryMetrics metrics = EntryMetrics.NONE;

    /**
     * @param restUrl      the REST base URL, or null to use the {@code rest_instance_url} of each token
     * @param delayedTasks runs the retries when they are due
     * @param objectMapper reads error answers
     */
    public JourneyApiClient(
            HttpTransport transport,
            TokenSource tokens,
            String restUrl,
            Duration requestTimeout,
            RetryPolicy retryPolicy,
            RequestThrottle throttle,
            DelayedTasks delayedTasks,
            ObjectMapper objectMapper) {
        this.transport = transport;
        this.tokens = tokens;
        this.restUrl = restUrl;
        this.requestTimeout = requestTimeout;
        this.retryPolicy = retryPolicy;
        this.throttle = throttle;
        this.delayedTasks = delayedTasks;
        this.objectMapper = objectMapper;
    }

    /**
     * Sends {@code json}, retrying as the retry policy allows. The answer, or the {@link SfmcCallFailure} the future
     * fails with, tells how many retries it took.
     */
    public CompletableFuture<ApiResponse> post(String path, byte[] json) {
        return withRetries(path, json, true);
    }

    /** Like {@link #post(String, byte[])}, for a GET. */
    public CompletableFuture<ApiResponse> get(String pathAndQuery) {
        return withRetries(pathAndQuery, null, false);
    }

    /** Where each call's answer, latency and retries are counted. */
    public void useMetrics(EntryMetrics metrics) {
        this.metrics = metrics;
    }

    private CompletableFuture<ApiResponse> withRetries(String path, byte[] body, boolean post) {
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        attempt(path, body, post, 0, result);
        return result;
    }

    private void attempt(
            String path, byte[] body, boolean post, int retriesSoFar, CompletableFuture<ApiResponse> result) {
        long started = System.nanoTime();
        CompletableFuture<ApiResponse> call;
        try {
            call = execute(path, body, post);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((response, error) -> {
            try {
                metrics.request(
                        path,
                        response != null ? response.statusCode() : 0,
                        Duration.ofNanos(System.nanoTime() - started));
                Throwable failure = error != null ? AsyncFailures.unwrap(error) : null;
                Duration delay;
                String reason;
                if (failure == null) {
                    delay = retryPolicy.delayAfter(response, retriesSoFar);
                    reason = "HTTP " + response.statusCode();
                } else if (failure instanceof SfmcCallFailure failed) {
                    delay = retryPolicy.delayAfter(failed, retriesSoFar);
                    reason = failed.status() > 0
                            ? "HTTP " + failed.status() + " from the token endpoint"
                            : "no answer ("
                                    + (failure.getCause() != null ? failure.getCause() : failure)
                                            .getClass()
                                            .getSimpleName()
                                    + ")";
                } else {
                    delay = null;
                    reason = null;
                }
                if (delay == null) {
                    complete(result, response, failure, retriesSoFar);
                    return;
                }
                metrics.retry(path);
                LOG.debug(
                        "Retrying {} {} in {} ms (retry {} of at most {}) after {}",
                        post ? "POST" : "GET",
                        path,
                        delay.toMillis(),
                        retriesSoFar + 1,
                        retryPolicy.getMaximumRetries(),
                        reason);
                Runnable retry = () -> attempt(path, body, post, retriesSoFar + 1, result);
                Runnable giveUp = () -> {
                    LOG.debug("Not retrying {} {}: the component is stopping", post ? "POST" : "GET", path);
                    complete(result, response, failure, retriesSoFar);
                };
                delayedTasks.schedule(delay, retry, giveUp);
            } catch (RuntimeException unexpected) {
                // whatever goes wrong here, the caller's future completes: an exchange never waits for ever
                result.completeExceptionally(unexpected);
            }
        });
    }

    private static void complete(
            CompletableFuture<ApiResponse> result, ApiResponse response, Throwable failure, int retries) {
        if (failure instanceof SfmcCallFailure call) {
            result.completeExceptionally(call.afterRetries(retries));
        } else if (failure != null) {
            result.completeExceptionally(failure);
        } else {
            result.complete(response.afterRetries(retries));
        }
    }

    public TokenSource getTokenSource() {
        return tokens;
    }

    private CompletableFuture<ApiResponse> execute(String path, byte[] body, boolean post) {
        return tokens.token()
                .thenCompose(token -> send(token, path, body, post))
                .thenCompose(first -> {
                    if (first.response().statusCode() != 401) {
                        return CompletableFuture.completedFuture(first.response());
                    }
                    LOG.debug("SFMC answered 401 to {}; requesting a new token and repeating the call once", path);
                    tokens.invalidate(first.token());
                    return tokens.token()
                            .thenCompose(token -> send(token, path, body, post))
                            .thenApply(Sent::response);
                });
    }

    private CompletableFuture<Sent> send(AccessToken token, String path, byte[] body, boolean post) {
        return throttle.acquire().thenCompose(permit -> {
            CompletableFuture<Sent> sent;
            try {
                sent = sendNow(token, path, body, post);
            } catch (RuntimeException e) {
                permit.release();
                throw e;
            }
            return sent.whenComplete((answer, error) -> permit.release());
        });
    }

    private CompletableFuture<Sent> sendNow(AccessToken token, String path, byte[] body, boolean post) {
        URI uri = URI.create(base(token) + path);
        return transport
                .execute(
                        () -> request(uri, token, body, post),
                        requestTimeout,
                        SfmcApi.ofRestPath(path).maxAnswerBytes())
                .handle((response, error) -> {
                    if (error != null) {
                        throw new CompletionException(TransportFailures.transportFailure(
                                uri, post, AsyncFailures.unwrap(error), requestTimeout));
                    }
                    if (response.getCode() == HttpStatus.SC_PROXY_AUTHENTICATION_REQUIRED) {
                        throw new CompletionException(TransportFailures.proxyRefused(
                                uri, transport.getSettings().proxy()));
                    }
                    Header retryAfter = response.getFirstHeader("Retry-After");
                    Header date = response.getFirstHeader("Date");
                    return new Sent(
                            token,
                            ApiResponse.received(
                                    uri,
                                    response.getCode(),
                                    withoutToken(response, token),
                                    RetryAfter.parse(retryAfter != null ? retryAfter.getValue() : null),
                                    date != null ? date.getValue() : null,
                                    objectMapper));
                });
    }

    /** An error answer may echo the request's headers: the token is masked before anything can quote it. */
    private static byte[] withoutToken(SimpleHttpResponse response, AccessToken token) {
        byte[] body = response.getBodyBytes();
        if (body == null || body.length == 0 || response.getCode() / 100 == 2) {
            return body;
        }
        return ServerText.mask(new String(body, StandardCharsets.UTF_8), List.of(token.value()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static SimpleHttpRequest request(URI uri, AccessToken token, byte[] body, boolean post) {
        SimpleRequestBuilder builder = (post ? SimpleRequestBuilder.post(uri) : SimpleRequestBuilder.get(uri))
                .setHeader("Authorization", "Bearer " + token.value())
                .setHeader("Accept", "application/json");
        if (post) {
            builder.setBody(body, ContentType.APPLICATION_JSON);
        }
        return builder.build();
    }

    private String base(AccessToken token) {
        String base = restUrl != null ? restUrl : token.restInstanceUrl();
        return URISupport.stripSuffix(base, "/");
    }

    private record Sent(AccessToken token, ApiResponse response) {}
}
