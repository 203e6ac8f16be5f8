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
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code POST /v2/token}: OAuth2 client credentials, JSON or form encoded; a token bound to (client, MID). */
final class TokenHandler implements Handler {
    static final String DEFAULT_SCOPE = "email_read email_write email_send documents_and_images_read "
            + "documents_and_images_write saved_content_read saved_content_write journeys_execute journeys_read "
            + "journeys_write journeys_aspr journeys_delete list_and_subscribers_read list_and_subscribers_write "
            + "data_extensions_read data_extensions_write";

    private final SimulatorState state;

    TokenHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        Map<String, String> form = readFields(req);
        if (form == null) {
            Errors.oauth(req, 400, "invalid_request", "The request body is malformed or is not a JSON object.");
            return;
        }
        String grant = form.get("grant_type");
        if (!"client_credentials".equals(grant)) {
            Errors.oauth(
                    req,
                    400,
                    "unsupported_grant_type",
                    grant == null ? "grant_type is required." : "Unsupported grant_type '" + grant + "'.");
            return;
        }
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        TokenStore.Client client = state.tokens.client(clientId);
        if (client == null || secret == null || !client.secret().equals(secret)) {
            Errors.oauth(
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
                Errors.oauth(req, 400, "invalid_request", "account_id must be an integer MID.");
                return;
            }
            if (!client.mids().contains(mid)) {
                Errors.oauth(
                        req,
                        401,
                        "unauthorized_client",
                        "The client is not authorized to access account_id " + mid + ".");
                return;
            }
        }
        String requestedScope = form.get("scope");
        String scope = requestedScope == null || requestedScope.isBlank() ? DEFAULT_SCOPE : requestedScope.trim();
        int lifetime = state.tokens.lifetimeSeconds();
        String accessToken = Ids.accessToken(clientId, mid);
        state.tokens.issue(accessToken, clientId, mid, lifetime, scope);
        state.counters.tokensIssued.increment();

        String self = selfUrl(req);
        ObjectNode b = Json.object();
        b.put("access_token", accessToken);
        b.put("token_type", "Bearer");
        b.put("expires_in", lifetime);
        b.put("scope", scope);
        b.put("soap_instance_url", self);
        b.put("rest_instance_url", self);
        req.send(200, b);
    }

    /** The simulator's own URL as the client reached it, ending with '/'. */
    private static String selfUrl(Request req) {
        String host = req.header("Host");
        if (host == null || host.isBlank()) {
            InetSocketAddress local = req.exchange.getLocalAddress();
            return "http://localhost:" + local.getPort() + "/";
        }
        return "http://" + host.trim() + "/";
    }

    /** Token fields from a form or JSON body; values as strings; null when malformed. */
    private static Map<String, String> readFields(Request req) {
        String ct = req.header("Content-Type");
        if (ct != null && ct.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded")) {
            return Json.parseForm(new String(req.body, StandardCharsets.UTF_8), false);
        }
        JsonNode json = req.json();
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
}
