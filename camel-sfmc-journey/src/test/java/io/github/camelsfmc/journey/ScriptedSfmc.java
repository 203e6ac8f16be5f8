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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny SFMC stand-in that answers entry calls from a script, for answers the simulator does not give on purpose:
 * HTML error pages, truncated or empty JSON, a given status sequence, an answer that never comes. It issues tokens
 * itself. Entry calls past the end of the script succeed as SFMC would and status calls past it find nothing; reads
 * of journeys and data extensions are refused with 403, as for a package without the read scopes.
 */
final class ScriptedSfmc implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted answer; {@code hang} keeps the connection open without answering. */
    record Answer(int status, String contentType, String body, Map<String, String> headers, boolean hangs) {

        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Map.of(), false);
        }

        static Answer html(int status, String body) {
            return new Answer(status, "text/html", body, Map.of(), false);
        }

        static Answer noAnswer() {
            return new Answer(0, null, null, Map.of(), true);
        }

        Answer withHeader(String name, String value) {
            return new Answer(status, contentType, body, Map.of(name, value), hangs);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<String> entryRequests = new CopyOnWriteArrayList<>();
    private final List<Long> entryRequestNanos = new CopyOnWriteArrayList<>();
    private final List<StatusRequest> statusRequests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> readRequests = new CopyOnWriteArrayList<>();
    private final List<String> entryBodies = new CopyOnWriteArrayList<>();
    private volatile java.util.function.Function<String, Answer> reads;

    ScriptedSfmc() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/v2/token", this::token);
        server.createContext("/interaction/v1/", this::entry);
        server.createContext("/data/v1/", this::entry);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next entry calls with these, in order. */
    ScriptedSfmc then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** When each entry call arrived ({@link System#nanoTime()}), in order. */
    List<Long> entryRequestNanos() {
        return new ArrayList<>(entryRequestNanos);
    }

    /** A status API call: its query and when it arrived. */
    record StatusRequest(String query, java.time.Instant receivedAt) {}

    /** The status API calls received so far, in order. */
    List<StatusRequest> statusRequests() {
        return new ArrayList<>(statusRequests);
    }

    /** The paths of the entry calls received so far, in order. */
    List<String> entryRequests() {
        return new ArrayList<>(entryRequests);
    }

    /**
     * A URI of an endpoint for the default journey key pointed at this server, with extra options. This server only
     * answers token and entry calls, so preflight and validation (which read the journey) are off.
     */
    String journeyUri(String extraOptions) {
        return journeyUriWithDefaultChecks("preflight=off&validation=off"
                + (extraOptions == null || extraOptions.isEmpty() ? "" : "&" + extraOptions));
    }

    /** A URI like {@link #journeyUri(String)} with preflight and validation left at their defaults. */
    String journeyUriWithDefaultChecks(String extraOptions) {
        return "sfmc-journey:Scripted-Event?clientId=scripted&clientSecret=RAW(scripted-secret)&authUrl=" + baseUrl()
                + (extraOptions == null || extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        respond(
                exchange,
                200,
                "application/json",
                "{\"access_token\":\"scripted-token\",\"token_type\":\"Bearer\",\"expires_in\":1079,\"rest_instance_url\":\""
                        + baseUrl() + "/\"}");
    }

    private void entry(HttpExchange exchange) throws IOException {
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes();
        }
        String path = exchange.getRequestURI().getPath();
        boolean statusCall = path.endsWith("/async/events/status");
        if ("GET".equals(exchange.getRequestMethod()) && !statusCall && reads != null) {
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() != null
                            ? "?" + exchange.getRequestURI().getRawQuery()
                            : "");
            readRequests.add(pathAndQuery);
            answer(exchange, reads.apply(pathAndQuery));
            return;
        }
        if ("GET".equals(exchange.getRequestMethod()) && !statusCall) {
            // journey and data extension reads: this package, like one without the read scopes, may not read them
            respond(exchange, 403, "application/json", "{\"message\":\"Insufficient privileges\",\"errorcode\":20002}");
            return;
        }
        if (statusCall) {
            statusRequests.add(new StatusRequest(exchange.getRequestURI().getQuery(), java.time.Instant.now()));
        } else {
            entryRequestNanos.add(System.nanoTime());
            entryRequests.add(path);
            entryBodies.add(new String(request, StandardCharsets.UTF_8));
        }
        Answer answer = script.poll();
        if (answer == null && statusCall) {
            respond(exchange, 200, "application/json", "{\"page\":\"1\",\"pageSize\":\"50\",\"count\":0,\"items\":[]}");
            return;
        }
        if (answer == null) {
            respond(exchange, 201, "application/json", success(path, request));
            return;
        }
        answer(exchange, answer);
    }

    private void answer(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.hangs()) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        respond(exchange, answer.status(), answer.contentType(), answer.body());
    }

    /** Answers reads of journeys and data extensions with {@code answers} (path and query in, answer out). */
    ScriptedSfmc reads(java.util.function.Function<String, Answer> answers) {
        this.reads = answers;
        return this;
    }

    /** The bodies of the entry calls received so far, in order. */
    List<String> entryBodies() {
        return new ArrayList<>(entryBodies);
    }

    /** The reads (path and query) received so far, in order; recorded only once {@link #reads} is set. */
    List<String> readRequests() {
        return new ArrayList<>(readRequests);
    }

    private static String success(String path, byte[] request) throws IOException {
        if (!path.contains("/async/")) {
            return "{\"eventInstanceId\":\"" + java.util.UUID.randomUUID() + "\"}";
        }
        JsonNode members = JSON.readTree(request).path("members");
        StringBuilder body = new StringBuilder("{\"requestId\":\"" + java.util.UUID.randomUUID() + "\",\"members\":[");
        for (int i = 0; i < members.size(); i++) {
            body.append(i > 0 ? "," : "")
                    .append("{\"contactKey\":")
                    .append(members.get(i).path("contactKey"))
                    .append(",\"eventInstanceId\":\"")
                    .append(java.util.UUID.randomUUID())
                    .append("\"}");
        }
        return body.append("]}").toString();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
