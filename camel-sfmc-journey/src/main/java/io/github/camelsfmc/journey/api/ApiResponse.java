package io.github.camelsfmc.journey.api;

import java.net.URI;
import java.time.Duration;

/**
 * An SFMC REST answer: status, raw body and the {@code Retry-After} header, if any.
 */
public record ApiResponse(URI uri, int statusCode, byte[] body, Duration retryAfter) {

    public boolean isSuccess() {
        return statusCode / 100 == 2;
    }
}
