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

import java.time.Duration;

/**
 * How long token requests pause after failures: {@code initialDelay} after the first, doubling with each further
 * failure up to {@code maxDelay}. During an auth outage of length T this allows at most about
 * {@code log2(maxDelay / initialDelay) + 1 + T / maxDelay} token requests, however many messages arrive.
 */
public record TokenBackoff(Duration initialDelay, Duration maxDelay) {

    /** 1 s, 2 s, 4 s ... up to 30 s. */
    public static final TokenBackoff DEFAULT = new TokenBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** The pause after {@code consecutiveFailures} failed token requests in a row (at least 1). */
    Duration delayAfter(int consecutiveFailures) {
        int doublings = Math.min(consecutiveFailures - 1, 30);
        long millis = initialDelay.toMillis() << doublings;
        return millis <= 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
    }
}
