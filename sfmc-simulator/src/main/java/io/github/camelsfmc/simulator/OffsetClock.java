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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The simulator's time: the configured clock plus an offset that can change at runtime (SFMC's clock vs the client's). */
final class OffsetClock extends Clock {
    private final Clock base;
    private final Duration configuredOffset;
    private volatile Duration offset;

    OffsetClock(Clock base, Duration offset) {
        this.base = base;
        this.configuredOffset = offset;
        this.offset = offset;
    }

    void offset(Duration offset) {
        this.offset = offset;
    }

    Duration offset() {
        return offset;
    }

    void restore() {
        this.offset = configuredOffset;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
