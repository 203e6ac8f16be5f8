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
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.github.camelsfmc.journey.model.SfmcJourneyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call cut off by the client shutting down: once its request may have been written, SFMC may have queued the
 * contacts (outcome unknown); while it still waited for a pooled connection, nothing was sent.
 */
class TransportCancellationTest {

    private static final Duration LONG_DEADLINE = Duration.ofSeconds(60);

    private HttpServer server;
    private ExecutorService serverThreads;
    private final AtomicInteger requestsReceived = new AtomicInteger();
    private final CountDownLatch firstRequestReceived = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);
    private DefaultCamelContext camel;
    private HttpTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/interaction/v1/events", this::holdTheAnswer);
        server.start();
        camel = new DefaultCamelContext();
        transport = new AsyncClientFactory(camel)
                .create(new TransportSettings(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(2),
                        null,
                        1,
                        null,
                        null,
                        null));
    }

    @AfterEach
    void stop() throws Exception {
        answer.countDown();
        transport.close();
        server.stop(0);
        serverThreads.shutdownNow();
        camel.close();
    }

    /** Reads the request, then answers only when the test lets it (or after a bound). */
    private void holdTheAnswer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        requestsReceived.incrementAndGet();
        firstRequestReceived.countDown();
        try {
            answer.await(30, TimeUnit.SECONDS);
            byte[] body = "{\"eventInstanceId\":\"e-1\"}".getBytes();
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // the client was closed: what these tests do
        } finally {
            exchange.close();
        }
    }

    private URI entryUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/interaction/v1/events");
    }

    private CompletableFuture<SimpleHttpResponse> postEntry(Duration deadline) {
        return transport.execute(
                () -> SimpleRequestBuilder.post(entryUri())
                        .setBody("{\"ContactKey\":\"C-1\"}", ContentType.APPLICATION_JSON)
                        .build(),
                deadline,
                64 * 1024);
    }

    /** What the user is told about the call: the exception the component raises for this failure of an entry. */
    private SfmcJourneyException reported(CompletableFuture<SimpleHttpResponse> call) throws Exception {
        try {
            SimpleHttpResponse response = call.get(30, TimeUnit.SECONDS);
            throw new AssertionError("the call was answered: " + response);
        } catch (ExecutionException failed) {
            return TransportFailures.transportFailure(entryUri(), true, failed.getCause(), LONG_DEADLINE)
                    .toException(List.of("C-1"));
        }
    }

    @Test
    void aCallCutOffByShutdownAfterItsRequestWasSentHasAnUnknownOutcome() throws Exception {
        CompletableFuture<SimpleHttpResponse> call = postEntry(LONG_DEADLINE);
        assertThat(firstRequestReceived.await(20, TimeUnit.SECONDS)).isTrue();

        transport.close();

        SfmcJourneyException failure = reported(call);
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getMessage()).doesNotContain("Nothing was sent");
    }

    @Test
    void aCallCutOffByShutdownWhileWaitingForAConnectionWasNeverSent() throws Exception {
        CompletableFuture<SimpleHttpResponse> holdsTheOnlyConnection = postEntry(LONG_DEADLINE);
        assertThat(firstRequestReceived.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<SimpleHttpResponse> waitsForAConnection = postEntry(LONG_DEADLINE);

        transport.close();

        SfmcJourneyException failure = reported(waitsForAConnection);
        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).contains("Nothing was sent");
        assertThat(requestsReceived).hasValue(1);
        assertThat(reported(holdsTheOnlyConnection).isOutcomeUnknown()).isTrue();
    }

    @Test
    void aCallStartedAfterShutdownWasNeverSent() throws Exception {
        transport.close();

        SfmcJourneyException failure = reported(postEntry(LONG_DEADLINE));

        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).contains("Nothing was sent");
        assertThat(requestsReceived).hasValue(0);
    }

    @Test
    void aDeadlinePassedWhileWaitingForAConnectionMeansNothingWasSent() throws Exception {
        CompletableFuture<SimpleHttpResponse> holdsTheOnlyConnection = postEntry(LONG_DEADLINE);
        assertThat(firstRequestReceived.await(20, TimeUnit.SECONDS)).isTrue();

        SfmcJourneyException failure = reported(postEntry(Duration.ofMillis(500)));

        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getMessage())
                .contains("the request was still waiting for a connection")
                .contains("Nothing was sent");
        assertThat(requestsReceived).hasValue(1);
        answer.countDown();
        assertThat(holdsTheOnlyConnection.get(30, TimeUnit.SECONDS).getCode()).isEqualTo(201);
    }
}
