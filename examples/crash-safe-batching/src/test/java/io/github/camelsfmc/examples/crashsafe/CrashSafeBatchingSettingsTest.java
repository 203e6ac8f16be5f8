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
package io.github.camelsfmc.examples.crashsafe;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrashSafeBatchingSettingsTest {

    @Test
    void optionsNotGivenKeepTheirDefaults() {
        CrashSafeBatchingSettings settings =
                CrashSafeBatchingSettings.parse("--inbox", "in", "--recovery-interval-ms", "500");

        assertThat(settings.inbox()).isEqualTo(Path.of("in"));
        assertThat(settings.recoveryIntervalMillis()).isEqualTo(500);
        assertThat(settings.database())
                .isEqualTo(CrashSafeBatchingSettings.defaults().database());
        assertThat(settings.batchTimeoutMillis()).isEqualTo(5000);
        assertThat(settings.simulatorUrl()).isNull();
    }

    @Test
    void anUnknownOptionIsNamedWithTheValidOnes() {
        assertThatThrownBy(() -> CrashSafeBatchingSettings.parse("--batch-size", "10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown option --batch-size")
                .hasMessageContaining("--batch-timeout-ms");
    }

    @Test
    void aTimeoutThatIsNotAPositiveNumberNamesTheOptionAndTheValue() {
        assertThatThrownBy(() -> CrashSafeBatchingSettings.parse("--batch-timeout-ms", "5s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--batch-timeout-ms must be a positive whole number, not '5s'");
    }

    @Test
    void anOptionWithoutAValueIsReported() {
        assertThatThrownBy(() -> CrashSafeBatchingSettings.parse("--inbox"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Option --inbox has no value.");
    }
}
