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
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SFMC that misbehaves the way proxies, load balancers and overloaded servers do: answers that trickle, answers too
 * large to hold, error pages that echo the request's headers, error texts of unbounded length, and an auth server
 * that fails every other token request. Each misbehaviour applies to one API at a time; the rest answers as SFMC does.
 */
final class HostileSfmc implements AutoCloseable {

    /** The token this server issues; long enough to be recognised if it leaks. */
    static final String TOKEN = "hostile-access-token-0123456789abcdefABCDEF";

    static final String CLIENT_SECRET = "hostile-client-secret-9876543210";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger entryRequests = new AtomicInteger();
    private volatile Behaviour entries = Behaviour.normal();
    private volatile Behaviour tokens = Behaviour.normal();
    private volatile boolean tokenFailsEverySecondCall;

    /** How one API answers. */
    record Behaviour(int status, String contentType, byte[] body, long trickleIntervalMillis, boolean echoHeaders) {

        static Behaviour normal() {
            return new Behaviour(0, null, null, 0, false);
        }

        /** A 2xx answer written one byte every {@code intervalMillis}. */
        static Behaviour trickle(long intervalMillis) {
            return new Behaviour(0, null, null, intervalMillis, false);
        }

        /** An answer of {@code bytes} bytes. */
        static Behaviour oversized(int status, int bytes) {
            byte[] body = new byte[bytes];
            java.util.Arrays.fill(body, (byte) 'x');
            return new Behaviour(status, "application/json", body, 0, false);
        }

        /** A 502 HTML page that lists the request's headers, as some proxies' error pages do. */
        static Behaviour echoingErrorPage() {
            return new Behaviour(502, "text/html", null, 0, true);
        }

        /** An answer with this status and JSON body. */
        static Behaviour json(int status, String body) {
            return new Behaviour(status, "application/json", body.getBytes(StandardCharsets.UTF_8), 0, false);
        }
    }

    HostileSfmc() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/v2/token", this::token);
        server.createContext("/interaction/v1/", this::entry);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An endpoint URI against this server, without preflight, with extra options. */
    String journeyUri(String extraOptions) {
        return "sfmc-journey:Hostile-Event?clientId=hostile&clientSecret=RAW(" + CLIENT_SECRET + ")&authUrl="
                + baseUrl() + "&preflight=off&validation=off"
                + (extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }

    HostileSfmc entriesAnswer(Behaviour behaviour) {
        this.entries = behaviour;
        return this;
    }

    HostileSfmc tokensAnswer(Behaviour behaviour) {
        this.tokens = behaviour;
        return this;
    }

    /** The first, third, fifth… token request fails with HTTP 500. */
    HostileSfmc tokenFailsEverySecondCall() {
        this.tokenFailsEverySecondCall = true;
        return this;
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    int entryRequests() {
        return entryRequests.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        int call = tokenRequests.incrementAndGet();
        if (tokenFailsEverySecondCall && call % 2 == 1) {
            write(exchange, Behaviour.json(500, "{\"error\":\"server_error\"}"), null);
            return;
        }
        String ok = "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":1079,"
                + "\"rest_instance_url\":\"" + baseUrl() + "/\"}";
        write(exchange, tokens, ok);
    }

    private void entry(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        entryRequests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String ok = path.contains("/async/")
                ? "{\"requestId\":\"r-1\",\"members\":[]}"
                : "{\"eventInstanceId\":\"e-" + entryRequests.get() + "\"}";
        write(exchange, entries, ok);
    }

    private void write(HttpExchange exchange, Behaviour behaviour, String normalBody) throws IOException {
        int status = behaviour.status() > 0 ? behaviour.status() : (normalBody != null ? 201 : 200);
        if (exchange.getRequestURI().getPath().equals("/v2/token") && behaviour.status() == 0) {
            status = 200;
        }
        byte[] body;
        if (behaviour.echoHeaders()) {
            StringBuilder page = new StringBuilder("<html><body><h1>502 Bad Gateway</h1><pre>");
            for (Map.Entry<String, List<String>> header :
                    exchange.getRequestHeaders().entrySet()) {
                page.append(header.getKey())
                        .append(": ")
                        .append(String.join(",", header.getValue()))
                        .append('\n');
            }
            body = page.append("</pre></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        } else if (behaviour.body() != null) {
            body = behaviour.body();
        } else {
            body = normalBody.getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders()
                .set("Content-Type", behaviour.contentType() != null ? behaviour.contentType() : "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (behaviour.trickleIntervalMillis() > 0) {
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(behaviour.trickleIntervalMillis());
                }
            } else {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // the component gave up on this answer: what the tests want
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
