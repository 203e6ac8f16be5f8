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
package io.github.camelsfmc.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A forwarding HTTP proxy for plain-http requests in absolute-URI form, as a corporate proxy in front of SFMC: it
 * answers 407 with a Basic challenge unless the request carries the expected {@code Proxy-Authorization}, and
 * otherwise sends the request on to its target and relays the answer.
 */
final class AuthenticatingProxy implements AutoCloseable {

    /** Hop-by-hop headers, and those the JDK client sets itself: not forwarded. */
    private static final Set<String> NOT_FORWARDED = Set.of(
            "connection",
            "content-length",
            "expect",
            "host",
            "keep-alive",
            "proxy-authorization",
            "proxy-connection",
            "te",
            "transfer-encoding",
            "upgrade");

    private final String expectedAuthorization;
    private final HttpServer server;
    private final HttpClient upstream =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> forwardedPaths = new CopyOnWriteArrayList<>();
    private final AtomicInteger challenges = new AtomicInteger();

    private AuthenticatingProxy(String username, String password) throws IOException {
        expectedAuthorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A started proxy that lets through only requests authenticated as {@code username} with {@code password}. */
    static AuthenticatingProxy start(String username, String password) throws IOException {
        return new AuthenticatingProxy(username, password);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The paths of the requests sent on to their target. */
    List<String> forwardedPaths() {
        return forwardedPaths;
    }

    /** How many requests were answered 407 for missing or wrong credentials. */
    int challenges() {
        return challenges.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
                challenges.incrementAndGet();
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"test-proxy\"");
                exchange.sendResponseHeaders(407, -1);
                return;
            }
            forwardedPaths.add(exchange.getRequestURI().getPath());
            HttpResponse<byte[]> answer =
                    upstream.send(forward(exchange, body), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpRequest forward(HttpExchange exchange, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(exchange.getRequestURI())
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
