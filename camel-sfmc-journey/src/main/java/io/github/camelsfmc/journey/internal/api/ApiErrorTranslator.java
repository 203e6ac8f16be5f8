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
package io.github.camelsfmc.journey.internal.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.auth.ClientCredentials;
import io.github.camelsfmc.journey.internal.payload.SfmcErrorBody;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * The one place that turns what went wrong talking to SFMC into an {@link SfmcJourneyException} whose message says what
 * happened and what to do about it: error answers of the REST API and of the auth server, and transport failures
 * (telling a request that never reached SFMC from one whose outcome is unknown). SFMC's own {@code errorcode} and
 * {@code message} are kept on the exception for routes to branch on. Secrets never appear in a message.
 */
public final class ApiErrorTranslator {

    private static final int MAX_BODY_IN_MESSAGE = 300;

    private final ObjectMapper objectMapper;

    public ApiErrorTranslator(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * @param response           a non-2xx answer
     * @param eventDefinitionKey the key the call was made for
     */
    public SfmcJourneyException toException(ApiResponse response, String eventDefinitionKey) {
        SfmcErrorBody body = response.bodyAs(objectMapper, SfmcErrorBody.class);
        int status = response.statusCode();
        Integer errorCode = body != null ? body.errorcode() : null;
        String sfmcMessage = body != null ? body.message() : null;
        Duration retryAfter = response.retryAfter(objectMapper);
        String message = "SFMC answered HTTP " + status + (errorCode != null ? " errorcode " + errorCode : "")
                + (sfmcMessage != null ? " '" + sfmcMessage + "'" : describeBody(response.body()))
                + " to " + response.uri().getPath() + " for event definition key '" + eventDefinitionKey + "'. "
                + advice(status, errorCode, eventDefinitionKey, retryAfter);
        return new SfmcJourneyException(message, status, errorCode, sfmcMessage, retryAfter, null);
    }

    private static String advice(int status, Integer errorCode, String key, Duration retryAfter) {
        int code = errorCode != null ? errorCode : -1;
        if (status == 400 && code == 30000) {
            return "SFMC does not know this event definition key in the token's business unit: copy the key from Journey"
                    + " Builder > Entry Sources (or Event Administration), check accountId (MID), and make sure the journey"
                    + " using '" + key + "' exists.";
        }
        if (status == 400 && (code == 10001 || code == 10005)) {
            return "A Data value does not fit the entry data extension: compare the field names (case-sensitive) and types"
                    + " with the data extension of the entry source.";
        }
        if (status == 400 && code == 10002) {
            return "A required field is missing from the request.";
        }
        if (status == 401) {
            return "The access token was refused even after requesting a new one: check that the installed package has"
                    + " access to this business unit (accountId) and that restUrl is the tenant's REST host.";
        }
        if (status == 403 && code == 40002) {
            return "The token belongs to another tenant or stack: authUrl and restUrl must be of the same subdomain.";
        }
        if (status == 403) {
            return "The installed package lacks a permission: grant Journeys Execute (journeys_execute) and, for preflight,"
                    + " Journeys Read and Data Extensions Read, or widen the scope option.";
        }
        if (status == 429 && code == 50200) {
            return "SFMC blocked the call because of too many concurrent requests: lower the concurrency.";
        }
        if (status == 429) {
            return "SFMC is throttling; retry after "
                    + (retryAfter != null ? retryAfter.toSeconds() + " s" : "a backoff") + ".";
        }
        if (status == 503) {
            return "SFMC is temporarily unavailable; retry after "
                    + (retryAfter != null ? retryAfter.toSeconds() + " s" : "a backoff") + ".";
        }
        if (status == 404) {
            return "No such SFMC API path: check restUrl (it must be the tenant's REST base URL).";
        }
        if (status >= 500) {
            return "SFMC had a server error; the call can be retried.";
        }
        return "See errorcode in the SFMC REST error table.";
    }

    /**
     * A failure with no HTTP answer. A request that provably never reached SFMC ({@link
     * HttpTransport#neverReachedServer}) is safe to send again; a POST that may have reached it has an unknown outcome,
     * since entry events are not idempotent.
     */
    public static SfmcJourneyException transportFailure(URI uri, boolean post, Throwable error, Duration timeout) {
        if (HttpTransport.neverReachedServer(error)) {
            return new SfmcJourneyException(
                    "Could not send to SFMC at " + uri + ": " + describe(error)
                            + ". Nothing was sent. Check restUrl/subdomain, proxy and network access.",
                    0,
                    null,
                    null,
                    null,
                    error);
        }
        if (post) {
            String reason = HttpTransport.isResponseTimeout(error)
                    ? "no answer within requestTimeout=" + timeout.toMillis() + " ms"
                    : "the connection failed after the request was sent (" + describe(error) + ")";
            return SfmcJourneyException.outcomeUnknown(
                    "SFMC call to " + uri + " failed: " + reason
                            + ". SFMC may or may not have queued the contacts; entry"
                            + " events are not idempotent, so they are not retried unless"
                            + " retryOnUnknownOutcome=true."
                            + " Check Journey Builder before replaying them.",
                    error);
        }
        return new SfmcJourneyException(
                "SFMC call to " + uri + " failed: " + describe(error), 0, null, null, null, error);
    }

    /**
     * A 407 answer: the HTTP proxy, not SFMC, refused the request, so nothing reached SFMC. Never retried, since the
     * same credentials would be refused again.
     *
     * @param proxy the endpoint's proxy, or null when none is configured (a proxy the route does not know of answered)
     */
    public static SfmcJourneyException proxyRefused(URI uri, TransportSettings.Proxy proxy) {
        String refused = " refused the request to " + uri
                + " (HTTP 407 Proxy Authentication Required), so nothing was sent to SFMC. ";
        String message;
        if (proxy == null) {
            message = "An HTTP proxy the endpoint does not know of" + refused
                    + "Set proxyHost and proxyPort, and proxyUsername and proxyPassword.";
        } else if (proxy.username() == null) {
            message = "The HTTP proxy " + proxy.host() + ":" + proxy.port() + refused
                    + "It asks for credentials: set proxyUsername and proxyPassword.";
        } else {
            message = "The HTTP proxy " + proxy.host() + ":" + proxy.port() + refused
                    + "It did not accept proxyUsername '" + proxy.username()
                    + "' with the configured proxyPassword: check both against the proxy's accounts.";
        }
        return new SfmcJourneyException(message, 407, null, null, null, null);
    }

    /** A token request that got no HTTP answer. */
    public static SfmcJourneyException tokenTransportFailure(URI uri, Throwable error) {
        return new SfmcJourneyException(
                "Could not get an SFMC access token from " + uri + ": " + describe(error)
                        + ". Check authUrl/subdomain, proxy, network access and the tokenTimeout.",
                0,
                null,
                null,
                null,
                error);
    }

    /** A non-2xx answer of the auth server, or a 2xx one without a token. */
    public SfmcJourneyException tokenRefused(URI uri, int status, byte[] body, ClientCredentials credentials) {
        if (status / 100 == 2) {
            return new SfmcJourneyException(
                    "The SFMC auth server at " + uri + " answered " + status
                            + " without an access_token. Check that authUrl points at the tenant's auth host"
                            + " (https://{subdomain}.auth.marketingcloudapis.com).",
                    status,
                    null,
                    null,
                    null,
                    null);
        }
        SfmcErrorBody error = new ApiResponse(uri, status, body, null).bodyAs(objectMapper, SfmcErrorBody.class);
        String code = error != null ? error.error() : null;
        String description = error != null && error.errorDescription() != null ? " " + error.errorDescription() : "";
        return new SfmcJourneyException(
                "SFMC refused the token request (HTTP " + status + (code != null ? ", " + code : "") + ")."
                        + description + " " + tokenAdvice(uri, status, code, credentials),
                status,
                null,
                code,
                null,
                null);
    }

    private static String tokenAdvice(URI uri, int status, String code, ClientCredentials credentials) {
        if ("invalid_client".equals(code)) {
            return "Check clientId and clientSecret against the Server-to-Server API integration of the installed"
                    + " package in Setup > Apps > Installed Packages, and that the package is enabled.";
        }
        if ("unauthorized_client".equals(code)) {
            return "The installed package has no access to business unit accountId=" + credentials.accountId()
                    + ": grant it access to that MID, or correct accountId.";
        }
        if ("invalid_scope".equals(code)) {
            return "The requested scope '" + credentials.scope()
                    + "' is not granted to the installed package: fix the scope option or the package permissions.";
        }
        if (status == 404) {
            return "No token endpoint at " + uri + ": check subdomain or authUrl.";
        }
        if (status == 429 || status >= 500) {
            return "The auth server is throttling or failing; the request is retried with a backoff.";
        }
        return "Check the credentials and authUrl.";
    }

    private static String describe(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() != null ? " " + error.getMessage() : "");
    }

    private static String describeBody(byte[] body) {
        if (body == null || body.length == 0) {
            return " with an empty body";
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.length() > MAX_BODY_IN_MESSAGE) {
            text = text.substring(0, MAX_BODY_IN_MESSAGE) + "...";
        }
        return " with a non-JSON body: " + text.replaceAll("\\s+", " ");
    }
}
