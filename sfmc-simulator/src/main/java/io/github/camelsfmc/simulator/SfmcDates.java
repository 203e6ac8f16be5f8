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
package io.github.camelsfmc.simulator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How the simulator writes and reads dates: SFMC's form, a local date-time with milliseconds and no offset, in a zone
 * that is UTC by default. Several SFMC APIs write US Central time without an offset (sfmc-api.md 10.1), which
 * {@code zone(ZoneId.of("America/Chicago"))} reproduces. Dates sent without an offset are read in the same zone.
 */
final class SfmcDates {
    private static final DateTimeFormatter SFMC_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final ZoneId configuredZone;
    private volatile ZoneId zone;

    SfmcDates(ZoneId zone) {
        this.configuredZone = Objects.requireNonNull(zone, "zone");
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    void zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    void restore() {
        this.zone = configuredZone;
    }

    String format(Instant at) {
        return LocalDateTime.ofInstant(at, zone).format(SFMC_DATE);
    }

    /** An ISO-8601 date, with an offset or without (then in {@link #zone()}); null when unreadable. */
    Instant parse(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    static SfmcDates utc() {
        return new SfmcDates(ZoneOffset.UTC);
    }
}
