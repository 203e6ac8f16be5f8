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
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A status API on the JDK HTTP server (which sends its own time in the {@code Date} header): it filters its items by
 * type and {@code modifiedDate} in the window asked for, as SFMC is expected to, and pages them newest first with at
 * most {@code servedPageSize} a page. An item may become visible late, and a hook may change the items between two
 * page requests. Tests give the consumer a clock that differs from this server's.
 */
final class StatusApiFixture implements AutoCloseable {

    /** One status item; {@code visibleAt} is the server time from which the API returns it. */
    record Item(String eventInstanceId, String contactKey, String status, Instant modifiedDate, Instant visibleAt) {

        String json() {
            return "{\"eventInstanceId\":\"" + eventInstanceId + "\",\"requestId\":\"r-1\",\"contactKey\":\""
                    + contactKey + "\",\"eventDefinitionKey\":\"Window-Event\",\"status\":\"" + status + "\""
                    + ("errored".equals(status) ? ",\"errorcode\":\"30000\",\"message\":\"not admitted\"" : "")
                    + ",\"modifiedDate\":\"" + modifiedDate + "\"}";
        }
    }

    /** A status API call as received: its parameters and the server time it arrived. */
    record Request(Map<String, String> params, Instant serverTime) {

        String param(String name) {
            return params.get(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Clock serverClock;
    private final List<Item> items = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int servedPageSize = Integer.MAX_VALUE;
    private volatile Consumer<Request> beforeAnswer = request -> {};
    private volatile int statusCode = 200;
    private volatile int answersWithoutItems;

    StatusApiFixture() throws IOException {
        serverClock = Clock.systemUTC();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/v2/token", this::token);
        server.createContext("/interaction/v1/async/events/status", this::status);
        server.start();
    }

    Instant serverNow() {
        return serverClock.instant();
    }

    StatusApiFixture add(Item item) {
        items.add(item);
        return this;
    }

    Item errored(String id, Instant modifiedDate) {
        return new Item(id, "c-" + id, "errored", modifiedDate, Instant.MIN);
    }

    /** SFMC revises a status: the item keeps its id and takes the new status and date. */
    void revise(String id, String status, Instant modifiedDate) {
        items.replaceAll(item -> item.eventInstanceId().equals(id)
                ? new Item(id, item.contactKey(), status, modifiedDate, item.visibleAt())
                : item);
    }

    /** From now on the API returns the item (one added with a {@code visibleAt} in the far future). */
    void makeVisible(String id) {
        items.replaceAll(item -> item.eventInstanceId().equals(id)
                ? new Item(id, item.contactKey(), item.status(), item.modifiedDate(), Instant.MIN)
                : item);
    }

    void remove(String id) {
        items.removeIf(item -> item.eventInstanceId().equals(id));
    }

    /** Answers with at most this many items a page, whatever was asked, and says so in pageSize. */
    void servePagesOf(int pageSize) {
        servedPageSize = pageSize;
    }

    /** Runs before each status answer is computed, for changes between page requests. */
    void beforeAnswer(Consumer<Request> hook) {
        beforeAnswer = hook;
    }

    /** The next {@code answers} status answers are JSON objects without an items array, as SFMC under load. */
    void answerWithoutItems(int answers) {
        answersWithoutItems = answers;
    }

    void answerWithStatus(int status) {
        statusCode = status;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    String authUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String uri(String options) {
        return "sfmc-journey:Window-Event?clientId=fixture&clientSecret=RAW(fixture-secret)&authUrl=http://127.0.0.1:"
                + server.getAddress().getPort() + "&preflight=off&validation=off&maximumRetries=0&initialDelay=0"
                + "&delay=20" + (options.isEmpty() ? "" : "&" + options);
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        respond(
                exchange,
                200,
                "{\"access_token\":\"fixture-token\",\"token_type\":\"Bearer\",\"expires_in\":1079,"
                        + "\"rest_instance_url\":\"http://127.0.0.1:"
                        + server.getAddress().getPort() + "/\"}");
    }

    private void status(HttpExchange exchange) throws IOException {
        Request request = new Request(params(exchange.getRequestURI().getRawQuery()), serverNow());
        requests.add(request);
        beforeAnswer.accept(request);
        if (statusCode != 200) {
            respond(exchange, statusCode, "{\"message\":\"Not Found\",\"errorcode\":404,\"documentation\":\"\"}");
            return;
        }
        if (answersWithoutItems > 0) {
            answersWithoutItems--;
            respond(exchange, 200, "{\"page\":\"1\",\"pageSize\":\"50\",\"count\":0}");
            return;
        }
        Instant start = Instant.parse(request.param("startDate"));
        Instant end = Instant.parse(request.param("endDate"));
        List<Item> matching = items.stream()
                .filter(item -> item.status().equals(request.param("type")))
                .filter(item -> !item.visibleAt().isAfter(request.serverTime()))
                .filter(item -> !item.modifiedDate().isBefore(start)
                        && item.modifiedDate().isBefore(end))
                .sorted(Comparator.comparing(Item::modifiedDate).reversed())
                .toList();
        int page = Integer.parseInt(request.param("$page"));
        int pageSize = Math.min(Integer.parseInt(request.param("$pageSize")), servedPageSize);
        List<Item> onPage = matching.stream()
                .skip((long) (page - 1) * pageSize)
                .limit(pageSize)
                .toList();
        respond(
                exchange,
                200,
                "{\"page\":\"" + page + "\",\"pageSize\":\"" + pageSize + "\",\"count\":"
                        + matching.size() + ",\"items\":["
                        + onPage.stream().map(Item::json).collect(Collectors.joining(","))
                        + "]}");
    }

    private void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> params(String rawQuery) {
        return Arrays.stream(rawQuery.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8),
                        (a, b) -> a));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
