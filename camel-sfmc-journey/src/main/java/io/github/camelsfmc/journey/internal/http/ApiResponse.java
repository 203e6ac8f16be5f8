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

/**
 * An SFMC REST answer: status, raw body, the {@code Retry-After} header, if any, and SFMC's clock as its
 * {@code Date} header gave it (null when absent or unreadable).
 */
public record ApiResponse(URI uri, int statusCode, byte[] body, Duration retryAfter, Instant serverDate) {

    public ApiResponse(URI uri, int statusCode, byte[] body, Duration retryAfter) {
        this(uri, statusCode, body, retryAfter, null);
    }

    /** An HTTP {@code Date} header (RFC 1123, whole seconds), or null when it is absent or not such a date. */
    public static Instant parseDateHeader(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    public boolean isSuccess() {
        return statusCode / 100 == 2;
    }

    /**
     * How long SFMC asked to wait: the {@code Retry-After} header, else the {@code retryAfter} field of a JSON error
     * body (SFMC sends both with 429), else null.
     */
    public Duration retryAfter(ObjectMapper objectMapper) {
        if (retryAfter != null) {
            return retryAfter;
        }
        SfmcErrorBody error = bodyAs(objectMapper, SfmcErrorBody.class);
        return error != null && error.retryAfter() != null && error.retryAfter() >= 0
                ? Duration.ofSeconds(error.retryAfter())
                : null;
    }

    /**
     * The body read as {@code type}, or null when it is empty or not JSON of that shape (an HTML error page, a
     * truncated answer): callers turn null into an error that says what was expected.
     */
    public <T> T bodyAs(ObjectMapper objectMapper, Class<T> type) {
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
