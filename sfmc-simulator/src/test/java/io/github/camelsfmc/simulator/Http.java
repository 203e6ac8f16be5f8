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
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Tiny JDK HttpClient wrapper for the tests. */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {}

    /** A response with its body parsed as JSON (null when empty). */
    public record Response(int status, JsonNode body, HttpHeaders headers, String raw) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public static String json(Object value) {
        try {
            return value instanceof String s ? s : JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Map builder that keeps order and allows nulls. */
    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    public static Response send(String method, String url, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node = r.body().isEmpty() ? null : JSON.readTree(r.body());
            return new Response(r.statusCode(), node, r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Response post(String url, Object body, String token) {
        return send("POST", url, "application/json", json(body), token);
    }

    public static Response put(String url, Object body) {
        return send("PUT", url, "application/json", json(body), null);
    }

    public static Response get(String url, String token) {
        return send("GET", url, null, null, token);
    }

    public static Response tokenResponse(String baseUrl, String clientId, String secret, Object accountId) {
        Map<String, Object> body =
                map("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret);
        if (accountId != null) {
            body.put("account_id", accountId);
        }
        return post(baseUrl + "/v2/token", body, null);
    }

    /** A token for the default client. */
    public static String token(String baseUrl) {
        Response r = tokenResponse(baseUrl, SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET, null);
        if (r.status() != 200) {
            throw new IllegalStateException("token request failed: " + r.raw());
        }
        return r.body().get("access_token").asText();
    }

    /** POST /interaction/v1/events with the documented PascalCase. */
    public static Response event(
            String baseUrl, String token, String key, String contactKey, Map<String, Object> data) {
        Map<String, Object> body = map("ContactKey", contactKey, "EventDefinitionKey", key);
        if (data != null) {
            body.put("Data", data);
        }
        return post(baseUrl + "/interaction/v1/events", body, token);
    }
}
