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
package io.github.camelsfmc.journey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code tokenRefreshMargin} is a duration like the other time options; the deprecated seconds option still sets it. */
class TokenRefreshMarginTest extends SfmcJourneyTestSupport {

    @Test
    void theMarginDefaultsToTwoMinutes() {
        assertThat(endpoint(null).getConfiguration().getTokenRefreshMargin()).isEqualTo(120_000);
    }

    @Test
    void theMarginTakesADuration() {
        assertThat(endpoint("tokenRefreshMargin=90s").getConfiguration().getTokenRefreshMargin())
                .isEqualTo(90_000);
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedSecondsOptionStillSetsTheMargin() {
        assertThat(endpoint("tokenRefreshMarginSeconds=60").getConfiguration().getTokenRefreshMargin())
                .isEqualTo(60_000);
    }

    @Test
    void aNegativeMarginIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> endpoint("tokenRefreshMargin=-1"))
                .hasStackTraceContaining("tokenRefreshMargin=-1 must be 0 or more");
    }

    private SfmcJourneyEndpoint endpoint(String options) {
        return context.getEndpoint(journeyUri(KEY, options), SfmcJourneyEndpoint.class);
    }
}
