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

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;

/**
 * Decides whether a failed SFMC call is tried again, and after how long.
 * <ul>
 * <li>429 and 503 with a {@code Retry-After} (header, else the body's {@code retryAfter}): after that delay, plus a
 * little jitter so that many callers throttled together do not come back together. A Retry-After longer than
 * {@code maxDelay} is not waited for: the call fails at once with {@link SfmcCallFailure#retryAfter()} set, so
 * that the route's redelivery or dead-letter channel, not an exchange held in memory, handles a long pause.</li>
 * <li>429 and 503 without Retry-After, 500, 502, 504, and failures where nothing was sent (connection refused, connect
 * timeout, no token): exponential backoff with equal jitter, capped at {@code maxDelay}.</li>
 * <li>A POST whose outcome is unknown (timeout or connection reset after sending): only when
 * {@code retryOnUnknownOutcome}, because SFMC may have queued it and entry events are not idempotent.</li>
 * <li>Every other answer (2xx, 400, 401 after the re-authentication, 403, 404, ...): never.</li>
 * </ul>
 */
public final class RetryPolicy {

    private static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO, false);

    private final int maximumRetries;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final boolean retryOnUnknownOutcome;

    public RetryPolicy(int maximumRetries, Duration initialDelay, Duration maxDelay, boolean retryOnUnknownOutcome) {
        this.maximumRetries = maximumRetries;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.retryOnUnknownOutcome = retryOnUnknownOutcome;
    }

    /** Never retries. */
    public static RetryPolicy none() {
        return NONE;
    }

    public int getMaximumRetries() {
        return maximumRetries;
    }

    /**
     * How long to wait before retry number {@code retriesSoFar + 1} of a call SFMC answered with {@code response}, or
     * null when it must not be retried.
     */
    Duration delayAfter(ApiResponse response, int retriesSoFar) {
        if (retriesSoFar >= maximumRetries) {
            return null;
        }
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            Duration retryAfter = response.error() != null ? response.error().retryAfter() : null;
            if (retryAfter != null) {
                if (retryAfter.compareTo(maxDelay) > 0) {
                    return null;
                }
                long jitter = retryAfter.toMillis() / 10;
                return retryAfter.plusMillis(
                        jitter > 0 ? ThreadLocalRandom.current().nextLong(jitter + 1) : 0);
            }
            return backoff(retriesSoFar);
        }
        if (status == 500 || status == 502 || status == 504) {
            return backoff(retriesSoFar);
        }
        return null;
    }

    /** Like {@link #delayAfter(ApiResponse, int)} for a call that got no HTTP answer. */
    Duration delayAfter(SfmcCallFailure failure, int retriesSoFar) {
        if (retriesSoFar >= maximumRetries) {
            return null;
        }
        if (failure.isOutcomeUnknown() && !retryOnUnknownOutcome) {
            return null;
        }
        int status = failure.status();
        // 0: no HTTP answer (transport, or the token request failed: no entry was sent); 5xx/429 from the token
        // endpoint
        if (status == 0 || status == 429 || status >= 500) {
            Duration backoff = backoff(retriesSoFar);
            Duration notBefore = failure.retryAfter();
            if (notBefore == null || notBefore.compareTo(backoff) <= 0) {
                return backoff;
            }
            // e.g. token requests pause: a retry inside the pause would fail the same way without asking anyone
            return notBefore.compareTo(maxDelay) <= 0 ? notBefore.plusMillis(1) : null;
        }
        return null;
    }

    /** Equal jitter: half the exponential delay for sure, the other half at random. */
    private Duration backoff(int retriesSoFar) {
        long base = initialDelay.toMillis() << Math.min(retriesSoFar, 30);
        long capped = Math.min(base < 0 ? Long.MAX_VALUE : base, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maximumRetries=" + maximumRetries + ", initialDelay=" + initialDelay.toMillis()
                + "ms, maxDelay=" + maxDelay.toMillis() + "ms, retryOnUnknownOutcome=" + retryOnUnknownOutcome + "]";
    }
}
