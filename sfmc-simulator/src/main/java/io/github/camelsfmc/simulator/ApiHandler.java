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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** Routes and answers every HTTP request of the simulator. */
final class ApiHandler implements HttpHandler {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String DOC =
            "https://developer.salesforce.com/docs/atlas.en-us.mc-apis.meta/mc-apis/error-handling.htm";
    static final String OAUTH_DOC = "https://developer.salesforce.com/docs";
    static final String DEFAULT_SCOPE = "email_read email_write email_send documents_and_images_read "
            + "documents_and_images_write saved_content_read saved_content_write journeys_execute journeys_read "
            + "journeys_write journeys_aspr journeys_delete list_and_subscribers_read list_and_subscribers_write "
            + "data_extensions_read data_extensions_write";
    private static final DateTimeFormatter SFMC_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP_TYPE = new TypeReference<>() {};
    private static final int MAX_BATCH = 100;

    private final SfmcSimulator sim;

    ApiHandler(SfmcSimulator sim) {
        this.sim = sim;
    }

    /** What the path asks for, decided before auth so faults and counters can apply. */
    private enum Kind {
        TOKEN,
        SINGLE,
        BATCH,
        OTHER_REST,
        INSPECTION
    }

    @Override
    public void handle(HttpExchange ex) {
        try {
            dispatch(ex);
        } catch (Throwable t) {
            fail(ex, t);
        }
    }

    private void fail(HttpExchange ex, Throwable t) {
        System.getLogger(ApiHandler.class.getName()).log(System.Logger.Level.WARNING, "Simulator request failed", t);
        try {
            ObjectNode body = error("Internal Server Error: " + t, 0);
            send(ex, 500, body, null);
        } catch (Throwable ignored) {
            ex.close();
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = ex.getRequestURI().getPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String lower = path.toLowerCase(Locale.ROOT);
        byte[] body = ex.getRequestBody().readAllBytes();
        SfmcSimulator.Counters c = sim.counters;
        c.total.increment();

        Kind kind;
        if (lower.startsWith("/_sim/") || lower.equals("/_sim")) {
            kind = Kind.INSPECTION;
        } else if (lower.equals("/v2/token")) {
            kind = Kind.TOKEN;
            c.tokenRequests.increment();
        } else if (lower.equals("/interaction/v1/events")) {
            kind = Kind.SINGLE;
            c.singleEventRequests.increment();
        } else if (lower.equals("/interaction/v1/async/events")) {
            kind = Kind.BATCH;
            c.batchEventRequests.increment();
        } else {
            kind = Kind.OTHER_REST;
        }
        Request req = new Request(ex, method, path, lower, body);
        if (kind == Kind.INSPECTION) {
            new InspectionApi(sim, this).handle(req);
            return;
        }

        Faults f = sim.faults();
        boolean faultable = kind == Kind.TOKEN
                ? f.faultTokenEndpoint()
                : kind == Kind.SINGLE || kind == Kind.BATCH || f.faultAllRestEndpoints();
        boolean delayed = kind != Kind.TOKEN || f.faultTokenEndpoint();
        Faults.Outcome outcome = Faults.Outcome.NONE;
        boolean holdsSlot = false;
        if (faultable) {
            int inFlight = sim.inFlight.incrementAndGet();
            int max = f.maxConcurrentRequests();
            if (max > 0 && inFlight > max) {
                sim.inFlight.decrementAndGet();
                c.throttled.increment();
                c.concurrencyBlocked.increment();
                send(req, 429, error("Your requests are temporarily blocked.", 50200), null);
                return;
            }
            holdsSlot = true;
            outcome = f.draw();
        }
        long latency = delayed ? f.latencyMillis() : 0;
        final Faults.Outcome decided = outcome;
        final boolean release = holdsSlot;
        Runnable work = () -> {
            try {
                answer(req, kind, decided);
            } catch (Throwable t) {
                fail(ex, t);
            } finally {
                if (release) {
                    sim.inFlight.decrementAndGet();
                }
            }
        };
        if (latency <= 0) {
            work.run();
            return;
        }
        // Do not park a worker thread: schedule the answer and let it run on the worker pool when due.
        try {
            sim.scheduler()
                    .schedule(
                            () -> {
                                try {
                                    sim.executor().execute(work);
                                } catch (RejectedExecutionException e) {
                                    work.run();
                                }
                            },
                            latency,
                            TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException | NullPointerException e) {
            work.run(); // shutting down
        }
    }

    private void answer(Request req, Kind kind, Faults.Outcome outcome) throws IOException {
        int retryAfter = sim.faults().retryAfterSeconds();
        if (outcome == Faults.Outcome.THROTTLED) {
            sim.counters.throttled.increment();
            ObjectNode b = MAPPER.createObjectNode();
            b.put("message", "Rate limit exceeded");
            b.put("errorcode", 50100);
            b.put("retryAfter", retryAfter);
            b.put("documentation", DOC);
            send(req, 429, b, Map.of("Retry-After", String.valueOf(retryAfter)));
            return;
        }
        if (outcome == Faults.Outcome.SERVER_ERROR) {
            sim.counters.serverErrors.increment();
            ObjectNode b = MAPPER.createObjectNode();
            b.put("message", "Service Unavailable");
            b.put("errorcode", 50300);
            b.put("retryAfter", retryAfter);
            b.put("documentation", DOC);
            send(req, 503, b, Map.of("Retry-After", String.valueOf(retryAfter)));
            return;
        }
        if (kind == Kind.TOKEN) {
            if (!req.method.equals("POST")) {
                notFound(req);
                return;
            }
            new TokenEndpoint(sim, this).handle(req);
            return;
        }
        SfmcSimulator.TokenInfo token = sim.validToken(bearer(req.exchange));
        if (token == null) {
            ObjectNode b = MAPPER.createObjectNode();
            b.put("documentation", DOC);
            b.put("errorcode", 0);
            b.put("message", "Not Authorized");
            send(req, 401, b, null);
            return;
        }
        new RestApi(sim, this, token).handle(req, kind == Kind.SINGLE, kind == Kind.BATCH);
    }

    private static String bearer(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        if (h == null) {
            return null;
        }
        h = h.trim();
        if (h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return h.substring(7).trim();
        }
        return null;
    }

    // ---- shared helpers ----------------------------------------------------------------------------------------

    /** One request, body read. */
    static final class Request {
        final HttpExchange exchange;
        final String method;
        final String path;
        final String lowerPath;
        final byte[] body;
        private Map<String, String> query;

        Request(HttpExchange exchange, String method, String path, String lowerPath, byte[] body) {
            this.exchange = exchange;
            this.method = method;
            this.path = path;
            this.lowerPath = lowerPath;
            this.body = body;
        }

        String header(String name) {
            return exchange.getRequestHeaders().getFirst(name);
        }

        /** Query parameters; names are matched case-insensitively. */
        String query(String name) {
            if (query == null) {
                query = parseForm(exchange.getRequestURI().getRawQuery(), true);
            }
            return query.get(name.toLowerCase(Locale.ROOT));
        }

        boolean hasJsonOrNoContentType() {
            String ct = header("Content-Type");
            return ct == null || ct.toLowerCase(Locale.ROOT).contains("json");
        }
    }

    static Map<String, String> parseForm(String raw, boolean lowerCaseNames) {
        if (raw == null || raw.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(lowerCaseNames ? k.toLowerCase(Locale.ROOT) : k, v);
        }
        return out;
    }

    /** Parses a JSON body; null when empty or malformed. */
    static JsonNode parseJson(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            return n == null || n.isMissingNode() ? null : n;
        } catch (IOException e) {
            return null;
        }
    }

    /** Case-insensitive property lookup, as the .NET binder does. */
    static JsonNode prop(JsonNode obj, String name) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        JsonNode exact = obj.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A scalar property as text; null when absent, null, blank or not a scalar. */
    static String text(JsonNode obj, String name) {
        JsonNode v = prop(obj, name);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    static Map<String, Object> toMap(JsonNode data) {
        if (data == null || !data.isObject() || data.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(MAPPER.convertValue(data, MAP_TYPE));
    }

    static String date(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).format(SFMC_DATE);
    }

    static ObjectNode error(String message, int errorcode) {
        ObjectNode b = MAPPER.createObjectNode();
        b.put("message", message);
        b.put("errorcode", errorcode);
        b.put("documentation", DOC);
        return b;
    }

    void notFound(Request req) throws IOException {
        ObjectNode b = MAPPER.createObjectNode();
        b.put("documentation", DOC);
        b.put("errorcode", 404);
        b.put("message", "Not Found");
        send(req, 404, b, null);
    }

    void send(Request req, int status, JsonNode body, Map<String, String> headers) throws IOException {
        sim.logRequest(req.method, req.path, status);
        send(req.exchange, status, body, headers);
    }

    private void send(HttpExchange ex, int status, JsonNode body, Map<String, String> headers) throws IOException {
        if (status == 401) {
            sim.counters.unauthorized.increment();
        }
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (headers != null) {
            headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static List<String> segments(String path) {
        List<String> list = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                list.add(s);
            }
        }
        return list;
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }
}
