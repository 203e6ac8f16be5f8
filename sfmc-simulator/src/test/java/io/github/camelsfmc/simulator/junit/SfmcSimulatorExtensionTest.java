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

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.simulator.Http;
import io.github.camelsfmc.simulator.JourneyStatus;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/** Static registration: one simulator for the class, state restored before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SfmcSimulatorExtensionTest {
    static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    static SfmcSimulator first;

    @Test
    @Order(1)
    void firstTestChangesStateOfTheSharedSimulator() {
        first = sim.simulator();
        assertThat(sim.baseUrl()).isEqualTo("http://localhost:" + first.port());
        String token = Http.token(sim.baseUrl());
        assertThat(Http.event(sim.baseUrl(), token, KEY, "c-1", null).status()).isEqualTo(201);
        first.journey(KEY).status(JourneyStatus.STOPPED);
        first.faults().throttleRate(1.0);
        first.tokenLifetimeSeconds(5);
    }

    @Test
    @Order(2)
    void nextTestSeesTheSameSimulatorResetToItsConfiguration() {
        assertThat(sim.simulator()).isSameAs(first);
        assertThat(first.entered(KEY)).isEmpty();
        assertThat(first.stats().singleEventRequests()).isZero();
        assertThat(first.journey(KEY).status()).isEqualTo(JourneyStatus.PUBLISHED);
        assertThat(first.faults().throttleRate()).isZero();
        assertThat(first.tokenLifetimeSeconds()).isEqualTo(1079);
    }
}
