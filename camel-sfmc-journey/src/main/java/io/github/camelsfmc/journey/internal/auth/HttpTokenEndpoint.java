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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.URISupport;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpStatus;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.http.HttpTransport;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.internal.http.TransportFailures;
import io.github.camelsfmc.journey.internal.payload.TokenResponse;

/**
 * {@code POST {authUrl}/v2/token} with the client-credentials grant, as SFMC documents it (a JSON body with
 * snake_case fields; {@code account_id} selects the business unit), sent through an endpoint's own transport.
 */
public final class HttpTokenEndpoint implements TokenEndpoint {

    private static final String TOKEN_PATH = SfmcApi.TOKEN.path();

    private final HttpTransport transport;
    private final ObjectMapper objectMapper;
    private final TokenErrors errors;
    private final Duration timeout;

    public HttpTokenEndpoint(HttpTransport transport, ObjectMapper objectMapper, Duration timeout) {
        this.transport = transport;
        this.objectMapper = objectMapper;
        this.errors = new TokenErrors(objectMapper);
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<TokenResponse> requestToken(ClientCredentials credentials) {
        URI uri = URI.create(URISupport.stripSuffix(credentials.authUrl(), "/") + TOKEN_PATH);
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(requestBody(credentials));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport
                .execute(
                        () -> SimpleRequestBuilder.post(uri)
                                .setHeader("Accept", "application/json")
                                .setBody(body, ContentType.APPLICATION_JSON)
                                .build(),
                        timeout,
                        SfmcApi.TOKEN.maxAnswerBytes())
                .handle((response, error) -> {
                    if (error != null) {
                        throw new CompletionException(
                                TokenErrors.tokenTransportFailure(uri, AsyncFailures.unwrap(error)));
                    }
                    if (response.getCode() == HttpStatus.SC_PROXY_AUTHENTICATION_REQUIRED) {
                        throw new CompletionException(TransportFailures.proxyRefused(
                                uri, transport.getSettings().proxy()));
                    }
                    TokenResponse token = response.getCode() / 100 == 2
                            ? ApiResponse.read(objectMapper, response.getBodyBytes(), TokenResponse.class)
                            : null;
                    if (token == null
                            || token.accessToken() == null
                            || token.accessToken().isBlank()) {
                        throw new CompletionException(
                                errors.tokenRefused(uri, response.getCode(), response.getBodyBytes(), credentials));
                    }
                    return token;
                });
    }

    private static Map<String, Object> requestBody(ClientCredentials credentials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grant_type", "client_credentials");
        body.put("client_id", credentials.clientId());
        body.put("client_secret", credentials.clientSecret());
        if (ObjectHelper.isNotEmpty(credentials.scope())) {
            body.put("scope", credentials.scope());
        }
        if (ObjectHelper.isNotEmpty(credentials.accountId())) {
            body.put("account_id", credentials.accountId());
        }
        return body;
    }
}
