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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.LogCapture;
import io.github.camelsfmc.simulator.junit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;

class WarningLogTest {

    private static final String LOGGER = "io.github.camelsfmc.journey.WarningLogTest.capture";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T12:00:00Z"));

    @Test
    void warningsBeyondTheLimitAreHeldBackAndCountedOnTheNextLineLetThrough() {
        WarningLog warnings = new WarningLog(LoggerFactory.getLogger(LOGGER), 2, Duration.ofMinutes(1), clock);
        try (LogCapture log = LogCapture.start(Map.of())) {
            for (int i = 1; i <= 5; i++) {
                warnings.warn("warning " + i);
            }
            clock.advance(Duration.ofMinutes(1));
            warnings.warn("warning 6");

            assertThat(log.lines(Level.WARN, LOGGER))
                    .extracting(LogCapture.Line::text)
                    .containsExactly(
                            "warning 1", "warning 2", "warning 6 (and 3 similar warnings held back in the last PT1M)");
        }
    }
}
