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
package io.github.camelsfmc.journey.internal.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.api.AsyncFailures;
import io.github.camelsfmc.journey.internal.payload.SfmcErrorBody;
import io.github.camelsfmc.journey.internal.payload.TokenResponse;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * {@code POST {authUrl}/v2/token} with the client-credentials grant, as SFMC documents it (a JSON body with
 * snake_case fields; {@code account_id} selects the business unit).
 */
public final class HttpTokenEndpoint implements TokenEndpoint {

    private static final String TOKEN_PATH = "/v2/token";

    private final HttpClient httpClient;
    private final ObjectMapper objectMapper;
    private final Duration timeout;

    public HttpTokenEndpoint(HttpClient httpClient, ObjectMapper objectMapper, Duration timeout) {
        this.httpClient = httpClient;
        this.objectMapper = objectMapper;
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<TokenResponse> requestToken(ClientCredentials credentials) {
        URI uri = URI.create(stripTrailingSlash(credentials.authUrl()) + TOKEN_PATH);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                            objectMapper.writeValueAsBytes(requestBody(credentials))))
                    .build();
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return httpClient
                .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        throw new CompletionException(transportFailure(uri, AsyncFailures.unwrap(error)));
                    }
                    return parse(uri, credentials, response);
                });
    }

    private static Map<String, Object> requestBody(ClientCredentials credentials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grant_type", "client_credentials");
        body.put("client_id", credentials.clientId());
        body.put("client_secret", credentials.clientSecret());
        if (credentials.scope() != null && !credentials.scope().isBlank()) {
            body.put("scope", credentials.scope());
        }
        if (credentials.accountId() != null && !credentials.accountId().isBlank()) {
            body.put("account_id", credentials.accountId());
        }
        return body;
    }

    private TokenResponse parse(URI uri, ClientCredentials credentials, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            TokenResponse token = readOrNull(response.body(), TokenResponse.class);
            if (token == null
                    || token.accessToken() == null
                    || token.accessToken().isBlank()) {
                throw new SfmcJourneyException(
                        "The SFMC auth server at " + uri + " answered " + status
                                + " without an access_token. Check that authUrl points at the tenant's auth host"
                                + " (https://{subdomain}.auth.marketingcloudapis.com).",
                        status,
                        null,
                        null,
                        null,
                        null);
            }
            return token;
        }
        SfmcErrorBody error = readOrNull(response.body(), SfmcErrorBody.class);
        String code = error != null ? error.error() : null;
        String description = error != null && error.errorDescription() != null ? " " + error.errorDescription() : "";
        String advice;
        if ("invalid_client".equals(code)) {
            advice =
                    "Check clientId and clientSecret against the Server-to-Server API integration of the installed package in"
                            + " Setup > Apps > Installed Packages, and that the package is enabled.";
        } else if ("unauthorized_client".equals(code)) {
            advice = "The installed package has no access to business unit accountId=" + credentials.accountId()
                    + ": grant it access to that MID, or correct accountId.";
        } else if ("invalid_scope".equals(code)) {
            advice = "The requested scope '" + credentials.scope()
                    + "' is not granted to the installed package: fix the scope option or the package permissions.";
        } else if (status == 404) {
            advice = "No token endpoint at " + uri + ": check subdomain or authUrl.";
        } else {
            advice = "Check the credentials and authUrl.";
        }
        throw new SfmcJourneyException(
                "SFMC refused the token request (HTTP " + status + (code != null ? ", " + code : "") + ")."
                        + description + " " + advice,
                status,
                null,
                code,
                null,
                null);
    }

    private <T> T readOrNull(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return objectMapper.readValue(body, type);
        } catch (IOException e) {
            return null;
        }
    }

    private static SfmcJourneyException transportFailure(URI uri, Throwable error) {
        return new SfmcJourneyException(
                "Could not get an SFMC access token from " + uri + ": "
                        + error.getClass().getSimpleName()
                        + (error.getMessage() != null ? " " + error.getMessage() : "")
                        + ". Check authUrl/subdomain, network access and the tokenTimeout.",
                0,
                null,
                null,
                null,
                error);
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
