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
package io.github.camelsfmc.journey.internal.preflight;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.model.CheckMode;

/** Logs a preflight report once per change of state, not once per refresh or per message. */
final class PreflightStateLog {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyEntryGuard.class);

    private final CheckMode preflightMode;
    private String lastLoggedState;

    PreflightStateLog(CheckMode preflightMode) {
        this.preflightMode = preflightMode;
    }

    void logIfChanged(PreflightReport result) {
        String state = String.join("|", result.problems()) + "|" + String.join("|", result.unchecked()) + "|"
                + result.closing();
        synchronized (this) {
            if (Objects.equals(state, lastLoggedState)) {
                return;
            }
            lastLoggedState = state;
        }
        if (preflightMode == CheckMode.OFF) {
            return;
        }
        if (!result.isEntryPossible()) {
            LOG.warn(result.summary());
        } else if (!result.unchecked().isEmpty()) {
            LOG.warn(
                    "{}. What could not be checked is not checked: contacts are sent unchecked in those respects,"
                            + " each with the reason in the CamelSfmcJourneyWarnings header",
                    result.summary());
        } else {
            LOG.info(result.summary());
        }
    }
}
