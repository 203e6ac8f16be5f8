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
package io.github.camelsfmc.journey.internal.entry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;

/**
 * Logs warnings at WARN, at most {@code limit} lines per {@code period}; the lines held back are counted and the count
 * is named on the next line let through, so a flood of bad contacts cannot flood the log.
 */
public final class WarningLog {

    private final Logger log;
    private final int limit;
    private final Duration period;
    private final Clock clock;

    private Instant periodStart = Instant.MIN;
    private int loggedInPeriod;
    private long suppressed;

    public WarningLog(Logger log, int limit, Duration period, Clock clock) {
        this.log = log;
        this.limit = limit;
        this.period = period;
        this.clock = clock;
    }

    void warn(String message) {
        long heldBack;
        synchronized (this) {
            Instant now = clock.instant();
            if (!now.isBefore(periodStart.plus(period))) {
                periodStart = now;
                loggedInPeriod = 0;
            }
            if (loggedInPeriod >= limit) {
                suppressed++;
                return;
            }
            loggedInPeriod++;
            heldBack = suppressed;
            suppressed = 0;
        }
        if (heldBack > 0) {
            log.warn("{} (and {} similar warnings held back in the last {})", message, heldBack, period);
        } else {
            log.warn(message);
        }
    }
}
