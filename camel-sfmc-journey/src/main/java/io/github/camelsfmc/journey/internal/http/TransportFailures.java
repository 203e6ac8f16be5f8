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
package io.github.camelsfmc.journey.internal.http;

import java.net.URI;
import java.time.Duration;

import io.github.camelsfmc.journey.model.SfmcJourneyException.SfmcAnswer;

/**
 * Failures with no answer from SFMC, or an answer from a proxy in between, shared by the token and the API calls: each
 * says whether anything reached SFMC.
 */
public final class TransportFailures {

    private TransportFailures() {}

    /**
     * A failure with no HTTP answer. A request that provably never reached SFMC ({@link
     * HttpTransport#neverReachedServer}) is safe to send again; a POST that may have reached it has an unknown outcome,
     * since entry events are not idempotent.
     */
    public static SfmcCallFailure transportFailure(URI uri, boolean post, Throwable error, Duration timeout) {
        if (HttpTransport.neverReachedServer(error)) {
            return SfmcCallFailure.notSent(
                    "Could not send to SFMC at " + uri + ": " + describe(error)
                            + ". Nothing was sent. Check restUrl/subdomain, proxy and network access.",
                    error);
        }
        if (post) {
            String reason;
            if (error instanceof AnswerTooLargeException tooLarge) {
                reason = "its answer was larger than " + tooLarge.getMaxBodyBytes()
                        + " bytes, the cap for this API, so it was not read";
            } else if (HttpTransport.isResponseTimeout(error)) {
                reason = "no complete answer within requestTimeout=" + timeout.toMillis() + " ms";
            } else {
                reason = "the connection failed after the request was sent (" + describe(error) + ")";
            }
            return SfmcCallFailure.outcomeUnknown(
                    "SFMC call to " + uri + " failed: " + reason
                            + ". SFMC may or may not have queued the contacts; entry"
                            + " events are not idempotent, so they are not retried unless"
                            + " retryOnUnknownOutcome=true."
                            + " Check Journey Builder before replaying them.",
                    error);
        }
        // a GET changes nothing in SFMC: sending it again is safe whether or not it arrived
        return SfmcCallFailure.notSent("SFMC call to " + uri + " failed: " + describe(error), error);
    }

    /**
     * A 407 answer: the HTTP proxy, not SFMC, refused the request, so nothing reached SFMC. Never retried, since the
     * same credentials would be refused again.
     *
     * @param proxy the endpoint's proxy, or null when none is configured (a proxy the route does not know of answered)
     */
    public static SfmcCallFailure proxyRefused(URI uri, TransportSettings.Proxy proxy) {
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
        return SfmcCallFailure.refused(message, SfmcAnswer.status(407));
    }

    /** The class and message of a failure, for an exception message. */
    public static String describe(Throwable error) {
        return error.getClass().getSimpleName()
                + (error.getMessage() != null ? " " + ServerText.quote(error.getMessage()) : "");
    }
}
