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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainTest {

    @Test
    void mainStartsWithDefaultsAndAnswersTokenAndEntryEvent() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SfmcSimulator sim = Main.start(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                "--port",
                "0",
                "--seed",
                "3",
                "--token-lifetime",
                "120")) {
            String banner = out.toString(StandardCharsets.UTF_8);
            assertThat(banner)
                    .contains(sim.baseUrl())
                    .contains("sim-client")
                    .contains(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY)
                    .contains("/_sim/stats");

            Http.Response token = Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null);
            assertThat(token.body().get("expires_in").asInt()).isEqualTo(120);
            Http.Response r = Http.event(
                    sim.baseUrl(),
                    token.body().get("access_token").asText(),
                    SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY,
                    "c-1",
                    Http.map("FirstName", "Ada"));
            assertThat(r.status()).isEqualTo(201);
            assertThat(sim.entered(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY)).hasSize(1);
        }
    }

    @Test
    void faultFlagsSetTheFaults() {
        try (SfmcSimulator sim = Main.start(
                new PrintStream(new ByteArrayOutputStream()),
                "--port=0",
                "--latency-ms",
                "5",
                "--throttle-rate",
                "0.1",
                "--error-rate",
                "0.2",
                "--config",
                "config/example.yaml")) {
            assertThat(sim.faults().latencyMillis()).isEqualTo(5);
            assertThat(sim.faults().throttleRate()).isEqualTo(0.1);
            assertThat(sim.faults().serverErrorRate()).isEqualTo(0.2);
        }
    }

    @Test
    void unknownFlagIsRejected() {
        assertThatThrownBy(() -> Main.start(System.out, "--nope", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--nope");
    }
}
