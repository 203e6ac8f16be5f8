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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.ServerText;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.http.TransportFailures;
import io.github.camelsfmc.journey.internal.payload.SfmcErrorBody;
import io.github.camelsfmc.journey.model.SfmcJourneyException.SfmcAnswer;

/** Turns a failed token request into an {@link SfmcCallFailure} that says which credential or setting to check. */
final class TokenErrors {

    private final ObjectMapper objectMapper;

    TokenErrors(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** A token request that got no HTTP answer. */
    static SfmcCallFailure tokenTransportFailure(URI uri, Throwable error) {
        // a token request asks for no entry, so whether it arrived or not, no contact was sent
        return SfmcCallFailure.notSent(
                "Could not get an SFMC access token from " + uri + ": " + TransportFailures.describe(error)
                        + ". Check authUrl/subdomain, proxy, network access and the tokenTimeout.",
                error);
    }

    /** A non-2xx answer of the auth server, or a 2xx one without a token. */
    SfmcCallFailure tokenRefused(URI uri, int status, byte[] body, ClientCredentials credentials) {
        if (status / 100 == 2) {
            return SfmcCallFailure.refused(
                    "The SFMC auth server at " + uri + " answered " + status
                            + " without an access_token. Check that authUrl points at the tenant's auth host"
                            + " (https://{subdomain}.auth.marketingcloudapis.com).",
                    SfmcAnswer.status(status));
        }
        SfmcErrorBody error = ApiResponse.read(objectMapper, body, SfmcErrorBody.class);
        List<String> secrets = List.of(credentials.clientSecret());
        String code = error != null ? ServerText.quote(error.error(), 60, secrets) : null;
        String description = error != null && error.errorDescription() != null
                ? " " + ServerText.quote(error.errorDescription(), ServerText.MAX_QUOTED_CHARS, secrets)
                : describeBody(body, secrets);
        return SfmcCallFailure.refused(
                "SFMC refused the token request (HTTP " + status + (code != null ? ", " + code : "") + ")."
                        + description + " " + tokenAdvice(uri, status, code, credentials),
                // the auth server's OAuth error code stands where an API answer has SFMC's message
                new SfmcAnswer(status, null, code, null));
    }

    private static String describeBody(byte[] body, List<String> secrets) {
        if (body == null || body.length == 0) {
            return "";
        }
        return " The answer: "
                + ServerText.quote(new String(body, StandardCharsets.UTF_8), ServerText.MAX_QUOTED_CHARS, secrets);
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
}
