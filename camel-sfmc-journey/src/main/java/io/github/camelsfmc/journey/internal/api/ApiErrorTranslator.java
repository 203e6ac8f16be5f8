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

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.ServerText;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.model.SfmcJourneyException.SfmcAnswer;

/**
 * Turns an error answer of the REST API into an {@link SfmcCallFailure} whose message says what happened and what to
 * do about it; SFMC's own {@code errorcode}, {@code message} and {@code Retry-After}, read once when the answer
 * arrived, are kept on it for routes to branch on. Secrets never appear in a message.
 */
public final class ApiErrorTranslator {

    /**
     * @param response           a non-2xx answer
     * @param eventDefinitionKey the key the call was made for
     */
    public SfmcCallFailure toFailure(ApiResponse response, String eventDefinitionKey) {
        SfmcAnswer answer = response.error() != null ? response.error() : SfmcAnswer.status(response.statusCode());
        int status = answer.status();
        Integer errorCode = answer.errorCode();
        String sfmcMessage = answer.message();
        Duration retryAfter = answer.retryAfter();
        String message = "SFMC answered HTTP " + status + (errorCode != null ? " errorcode " + errorCode : "")
                + (sfmcMessage != null ? " '" + sfmcMessage + "'" : describeBody(response.body()))
                + " to " + response.uri().getPath() + " for event definition key '" + eventDefinitionKey + "'. "
                + advice(status, errorCode, eventDefinitionKey, retryAfter);
        return SfmcCallFailure.refused(message, answer);
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

    private static String describeBody(byte[] body) {
        if (body == null || body.length == 0) {
            return " with an empty body";
        }
        return " with a non-JSON body: " + ServerText.quote(new String(body, StandardCharsets.UTF_8));
    }
}
