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
package io.github.camelsfmc.simulator.junit;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.Http;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/** Instance registration: a fresh simulator per test, closed after it. */
class SfmcSimulatorExtensionPerTestTest {
    static final List<SfmcSimulator> seen = new ArrayList<>();

    @RegisterExtension
    SfmcSimulatorExtension sim =
            SfmcSimulatorExtension.of(SfmcSimulator.withDefaults().tokenLifetimeSeconds(60));

    @Test
    void firstTestGetsARunningSimulator() {
        seen.add(sim.simulator());
        assertThat(sim.simulator().isRunning()).isTrue();
        assertThat(Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null)
                        .body()
                        .get("expires_in")
                        .asInt())
                .isEqualTo(60);
    }

    @Test
    void secondTestGetsAnotherSimulator() {
        seen.add(sim.simulator());
        assertThat(sim.simulator().isRunning()).isTrue();
    }

    @AfterAll
    static void eachSimulatorWasDistinctAndClosed() {
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isNotSameAs(seen.get(1));
        assertThat(seen).noneMatch(SfmcSimulator::isRunning);
    }
}
