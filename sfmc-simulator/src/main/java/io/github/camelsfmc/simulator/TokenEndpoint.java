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
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code POST /v2/token}: OAuth2 client credentials, JSON or form encoded. */
final class TokenEndpoint {
    private final SfmcSimulator sim;
    private final ApiHandler http;

    TokenEndpoint(SfmcSimulator sim, ApiHandler http) {
        this.sim = sim;
        this.http = http;
    }

    void handle(ApiHandler.Request req) throws IOException {
        Map<String, String> form = readFields(req);
        if (form == null) {
            oauthError(req, 400, "invalid_request", "The request body is malformed or is not a JSON object.");
            return;
        }
        String grant = form.get("grant_type");
        if (!"client_credentials".equals(grant)) {
            oauthError(
                    req,
                    400,
                    "unsupported_grant_type",
                    grant == null ? "grant_type is required." : "Unsupported grant_type '" + grant + "'.");
            return;
        }
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        SfmcSimulator.ClientConfig client = sim.client(clientId);
        if (client == null || secret == null || !client.secret().equals(secret)) {
            oauthError(
                    req,
                    401,
                    "invalid_client",
                    "Client authentication failed. Make sure that the client ID and "
                            + "client secret are valid and that the package is installed and enabled.");
            return;
        }
        int mid = client.defaultMid();
        String account = form.get("account_id");
        if (account != null && !account.isBlank()) {
            try {
                mid = Integer.parseInt(account.trim());
            } catch (NumberFormatException e) {
                oauthError(req, 400, "invalid_request", "account_id must be an integer MID.");
                return;
            }
            if (!client.mids().contains(mid)) {
                oauthError(
                        req,
                        401,
                        "unauthorized_client",
                        "The client is not authorized to access account_id " + mid + ".");
                return;
            }
        }
        String scope = form.get("scope");
        int lifetime = sim.tokenLifetimeSeconds();
        String accessToken = Ids.accessToken(clientId, mid);
        sim.issueToken(accessToken, clientId, mid, lifetime);
        sim.counters.tokensIssued.increment();

        String self = selfUrl(req);
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
        b.put("access_token", accessToken);
        b.put("token_type", "Bearer");
        b.put("expires_in", lifetime);
        b.put("scope", scope == null || scope.isBlank() ? ApiHandler.DEFAULT_SCOPE : scope.trim());
        b.put("soap_instance_url", self);
        b.put("rest_instance_url", self);
        http.send(req, 200, b, null);
    }

    /** The simulator's own URL as the client reached it, ending with '/'. */
    private String selfUrl(ApiHandler.Request req) {
        String host = req.header("Host");
        if (host == null || host.isBlank()) {
            return sim.baseUrl() + "/";
        }
        return "http://" + host.trim() + "/";
    }

    /** Token fields from a form or JSON body; values as strings; null when malformed. */
    private static Map<String, String> readFields(ApiHandler.Request req) {
        String ct = req.header("Content-Type");
        if (ct != null && ct.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded")) {
            return ApiHandler.parseForm(new String(req.body, StandardCharsets.UTF_8), false);
        }
        JsonNode json = ApiHandler.parseJson(req.body);
        if (json == null || !json.isObject()) {
            return null;
        }
        Map<String, String> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isValueNode() && !v.isNull()) {
                out.put(e.getKey(), v.asText());
            } else if (!v.isNull()) {
                out.put(e.getKey(), v.toString());
            }
        }
        return out;
    }

    private void oauthError(ApiHandler.Request req, int status, String error, String description) throws IOException {
        ObjectNode b = ApiHandler.MAPPER.createObjectNode();
        b.put("error", error);
        b.put("error_description", description);
        b.put("error_uri", ApiHandler.OAUTH_DOC);
        http.send(req, status, b, null);
    }
}
