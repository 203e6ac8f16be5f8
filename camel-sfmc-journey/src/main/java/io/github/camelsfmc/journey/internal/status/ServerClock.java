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
package io.github.camelsfmc.journey.internal.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SFMC's "now", as its answers' {@code Date} header tells it, so that a window of SFMC's dates is measured on SFMC's
 * clock and not on this machine's. Until SFMC has answered once, the local clock stands in; the poller then also
 * checks each window against the {@code Date} of the answer that read it.
 * <p>
 * The header has whole seconds, so the estimate may be up to a second behind SFMC: a window ends a little early and
 * the next one reads the rest.
 */
public final class ServerClock {

    private static final Logger LOG = LoggerFactory.getLogger(ServerClock.class);

    /** A difference larger than this between the two clocks is logged once. */
    static final Duration NOTABLE_DIFFERENCE = Duration.ofSeconds(5);

    private final Clock local;
    private volatile Duration offset;
    private volatile boolean differenceLogged;

    public ServerClock(Clock local) {
        this.local = local;
    }

    /** SFMC's time now: the local clock corrected by the last difference seen, or the local clock before that. */
    public Instant now() {
        Duration known = offset;
        return known == null ? local.instant() : local.instant().plus(known);
    }

    /** Learns SFMC's time from an answer's {@code Date} header; a null date (no header) changes nothing. */
    public void observe(Instant serverDate) {
        if (serverDate == null) {
            return;
        }
        Duration difference = Duration.between(local.instant(), serverDate);
        offset = difference;
        if (!differenceLogged && difference.abs().compareTo(NOTABLE_DIFFERENCE) > 0) {
            differenceLogged = true;
            LOG.warn(
                    "SFMC's clock differs from this machine's by {} ms (SFMC {} than here, from its Date header):"
                            + " entry status windows are measured on SFMC's clock",
                    difference.toMillis(),
                    difference.isNegative() ? "behind" : "ahead");
        }
    }
}
