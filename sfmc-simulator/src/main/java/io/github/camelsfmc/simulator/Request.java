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
package io.github.camelsfmc.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * One HTTP request with its body read, plus what the {@link Router} learnt about it (the caller's token). Every
 * answer goes through {@link #send}, which records it in the request log and the counters.
 */
final class Request {
    final HttpExchange exchange;
    /** Upper case. */
    final String method;
    /** Without a trailing slash. */
    final String path;

    final String lowerPath;
    final byte[] body;
    private final SimulatorState state;
    private Map<String, String> query;
    private List<String> segments;
    private JsonNode json;
    private boolean jsonParsed;
    private TokenStore.TokenInfo token;
    private HostileAnswers.ApiSettings hostile = HostileAnswers.ApiSettings.NONE;
    private ScheduledExecutorService scheduler;

    Request(SimulatorState state, HttpExchange exchange) throws IOException {
        this.state = state;
        this.exchange = exchange;
        this.method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String p = exchange.getRequestURI().getPath();
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        this.path = p;
        this.lowerPath = p.toLowerCase(Locale.ROOT);
        this.body = exchange.getRequestBody().readAllBytes();
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** Query parameter; names are matched case-insensitively. */
    String query(String name) {
        if (query == null) {
            query = Json.parseForm(exchange.getRequestURI().getRawQuery(), true);
        }
        return query.get(name.toLowerCase(Locale.ROOT));
    }

    /** Query parameter trimmed; null when absent or blank. */
    String queryValue(String name) {
        String s = query(name);
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The non-empty path segments, original case. */
    List<String> segments() {
        if (segments == null) {
            List<String> list = new ArrayList<>();
            for (String s : path.split("/")) {
                if (!s.isEmpty()) {
                    list.add(s);
                }
            }
            segments = List.copyOf(list);
        }
        return segments;
    }

    /** The body parsed as JSON; null when empty or malformed. */
    JsonNode json() {
        if (!jsonParsed) {
            json = Json.parse(body);
            jsonParsed = true;
        }
        return json;
    }

    InetAddress remoteAddress() {
        InetSocketAddress a = exchange.getRemoteAddress();
        return a == null ? null : a.getAddress();
    }

    /** The caller's valid token; set by the router before an authenticated handler runs. */
    TokenStore.TokenInfo token() {
        return token;
    }

    void token(TokenStore.TokenInfo token) {
        this.token = token;
    }

    void send(int status, JsonNode body) throws IOException {
        send(status, body, null);
    }

    /** How the answer is to be written (see {@link HostileAnswers}); set by the fault injector. */
    void hostile(HostileAnswers.ApiSettings settings, ScheduledExecutorService scheduler) {
        this.hostile = settings;
        this.scheduler = scheduler;
    }

    /** A server text, made long when {@link HostileAnswers#longTexts(int)} says so. */
    String lengthen(String text) {
        return state.faults().hostile().lengthen(text);
    }

    void send(int status, JsonNode body, Map<String, String> headers) throws IOException {
        send(status, "application/json; charset=utf-8", serialize(body), headers);
    }

    /** Any body; answered as {@link HostileAnswers} says for this API. */
    void send(int status, String contentType, byte[] bytes, Map<String, String> headers) throws IOException {
        state.requestLog.add(method, path, status);
        if (status == 401) {
            state.counters.unauthorized.increment();
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (headers != null) {
            headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        }
        if (hostile.trickles() || hostile.oversizedBodyBytes() > 0) {
            HostileBody.of(bytes, hostile.oversizedBodyBytes()).send(exchange, status, hostile, scheduler);
            return;
        }
        writeBytes(exchange, status, bytes);
    }

    /** Answers 500 for an unexpected failure (not logged as a request: the failure may predate the request). */
    static void fail(HttpExchange ex, Throwable t) {
        System.getLogger(Router.class.getName()).log(System.Logger.Level.WARNING, "Simulator request failed", t);
        try {
            ObjectNode body = Errors.body("Internal Server Error: " + t, 0);
            write(ex, 500, body, null);
        } catch (Throwable ignored) {
            ex.close();
        }
    }

    private static byte[] serialize(JsonNode body) throws IOException {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
    }

    private static void write(HttpExchange ex, int status, JsonNode body, Map<String, String> headers)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        writeBytes(ex, status, serialize(body));
    }

    private static void writeBytes(HttpExchange ex, int status, byte[] bytes) throws IOException {
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
