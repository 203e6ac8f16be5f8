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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the consumer is in SFMC's time: the end of the last window it completed, kept in a {@link StateRepository}
 * so that a restart goes on from there. A position older than SFMC's 30-day status retention cannot be read any more;
 * it is clamped to the oldest readable time, with a WARN that names the stretch that was skipped.
 */
final class StatusPosition {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPosition.class);

    /** Keeps a clamped window a little inside SFMC's 30 days, so that its start is still served on the next poll. */
    static final Duration RETENTION_MARGIN = Duration.ofHours(1);

    private final StateRepository<String, String> windows;
    private final StatusQuery query;

    StatusPosition(StateRepository<String, String> windows, StatusQuery query) {
        this.windows = windows;
        this.query = query;
    }

    /**
     * Where the next window starts: {@code overlap} before the remembered position, or {@code lookback} before the
     * settled end when nothing is remembered; never before the oldest time SFMC still serves.
     */
    Instant nextWindowStart(Instant serverNow, Instant settledEnd) {
        Instant oldestReadable =
                serverNow.minus(StatusQuery.RETENTION).plus(RETENTION_MARGIN).truncatedTo(ChronoUnit.MILLIS);
        Instant remembered = remembered();
        if (remembered == null) {
            return latest(settledEnd.minus(query.lookback()), oldestReadable);
        }
        if (remembered.isBefore(oldestReadable)) {
            LOG.warn(
                    "Entry statuses between {} and {} can no longer be read: SFMC keeps statuses for 30 days and this"
                            + " consumer last read up to {} ({} ago by SFMC's clock). Reading on from {}",
                    remembered,
                    oldestReadable,
                    remembered,
                    Duration.between(remembered, serverNow),
                    oldestReadable);
            return oldestReadable;
        }
        return latest(remembered.minus(query.overlap()), oldestReadable);
    }

    void moveTo(Instant end) {
        windows.setState(query.windowKey(), end.toString());
    }

    private Instant remembered() {
        String text = windows.getState(query.windowKey());
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (RuntimeException unreadable) {
            LOG.warn(
                    "Ignoring unreadable entry status window '{}' stored under {}: reading the last {} instead",
                    text,
                    query.windowKey(),
                    query.lookback());
            return null;
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
