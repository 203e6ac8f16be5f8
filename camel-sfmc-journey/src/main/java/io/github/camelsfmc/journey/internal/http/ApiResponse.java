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

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.payload.SfmcErrorBody;
import io.github.camelsfmc.journey.model.SfmcJourneyException.SfmcAnswer;

/**
 * An SFMC REST answer: status, raw body, what an error answer said (its body read once, when it arrived), its
 * {@code Date} header, and how many retries came before it.
 *
 * @param error      null for a 2xx answer
 * @param dateHeader the {@code Date} header as sent, or null; read by {@link #serverDate()}, only by the callers that
 *                   need SFMC's clock (most answers are entry answers, which do not)
 */
public record ApiResponse(URI uri, int statusCode, byte[] body, SfmcAnswer error, String dateHeader, int retries) {

    /**
     * An answer as it arrived. The error body of a non-2xx answer is read here, the one time it is read.
     *
     * @param retryAfterHeader the {@code Retry-After} header, or null
     */
    public static ApiResponse received(
            URI uri,
            int statusCode,
            byte[] body,
            Duration retryAfterHeader,
            String dateHeader,
            ObjectMapper objectMapper) {
        SfmcAnswer error = null;
        if (statusCode / 100 != 2) {
            SfmcErrorBody parsed = read(objectMapper, body, SfmcErrorBody.class);
            // SFMC sends both with 429; the header wins
            Duration retryAfter = retryAfterHeader;
            if (retryAfter == null && parsed != null && parsed.retryAfter() != null && parsed.retryAfter() >= 0) {
                retryAfter = Duration.ofSeconds(parsed.retryAfter());
            }
            error = new SfmcAnswer(
                    statusCode,
                    parsed != null ? parsed.errorcode() : null,
                    parsed != null ? ServerText.quote(parsed.message()) : null,
                    retryAfter);
        }
        return new ApiResponse(uri, statusCode, body, error, dateHeader, 0);
    }

    /** This answer as the final one of a call that was retried {@code retries} times before it. */
    public ApiResponse afterRetries(int retries) {
        return new ApiResponse(uri, statusCode, body, error, dateHeader, retries);
    }

    /** SFMC's clock as the {@code Date} header gave it (RFC 1123, whole seconds), or null when absent or unreadable. */
    public Instant serverDate() {
        if (dateHeader == null || dateHeader.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(dateHeader.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    public boolean isSuccess() {
        return statusCode / 100 == 2;
    }

    /**
     * The body read as {@code type}, or null when it is empty or not JSON of that shape (an HTML error page, a
     * truncated answer): callers turn null into an error that says what was expected.
     */
    public <T> T bodyAs(ObjectMapper objectMapper, Class<T> type) {
        return read(objectMapper, body, type);
    }

    /** Like {@link #bodyAs(ObjectMapper, Class)}, for a body that is not an SFMC REST answer's. */
    public static <T> T read(ObjectMapper objectMapper, byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return objectMapper.readValue(body, type);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }
}
