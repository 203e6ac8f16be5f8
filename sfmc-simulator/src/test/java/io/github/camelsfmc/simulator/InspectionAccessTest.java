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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** #15.9: {@code /_sim} answers loopback callers only, or callers presenting the configured inspection token. */
class InspectionAccessTest {
    private static final String TOKEN = "insp-token-4b1e";

    @Test
    void withoutATokenOnlyLoopbackCallersAreAllowed() throws Exception {
        InspectionGuard guard = new InspectionGuard(null);

        assertThat(guard.allows(InetAddress.getLoopbackAddress(), null)).isTrue();
        assertThat(guard.allows(InetAddress.getByName("192.0.2.7"), null)).isFalse();
        assertThat(guard.allows(InetAddress.getByName("192.0.2.7"), "anything")).isFalse();
    }

    @Test
    void withATokenEveryCallerMustPresentIt() throws Exception {
        InspectionGuard guard = new InspectionGuard(TOKEN);

        assertThat(guard.allows(InetAddress.getByName("192.0.2.7"), TOKEN)).isTrue();
        assertThat(guard.allows(InetAddress.getLoopbackAddress(), TOKEN)).isTrue();
        assertThat(guard.allows(InetAddress.getLoopbackAddress(), null)).isFalse();
        assertThat(guard.allows(InetAddress.getByName("192.0.2.7"), TOKEN + "x"))
                .isFalse();
    }

    @Test
    void exposedSimulatorRefusesInspectionFromAnotherInterface() throws Exception {
        InetAddress other = Network.nonLoopbackAddress().orElse(null);
        assumeTrue(other != null, "no non-loopback interface on this machine");
        try (SfmcSimulator sim =
                SfmcSimulator.withDefaults().bindAddress("0.0.0.0").start()) {
            String remote = Network.urlVia(other, sim);

            assertThat(get(remote + "/_sim/stats", null).statusCode()).isEqualTo(403);
            assertThat(get(remote + "/_sim/journeys", null).statusCode()).isEqualTo(403);
            assertThat(get(sim.baseUrl() + "/_sim/stats", null).statusCode()).isEqualTo(200);
            assertThat(Http.token(remote)).as("the SFMC API stays reachable").isNotBlank();
        }
    }

    @Test
    void exposedSimulatorWithATokenAnswersInspectionFromAnotherInterface() throws Exception {
        InetAddress other = Network.nonLoopbackAddress().orElse(null);
        assumeTrue(other != null, "no non-loopback interface on this machine");
        try (SfmcSimulator sim = SfmcSimulator.withDefaults()
                .bindAddress("0.0.0.0")
                .inspectionToken(TOKEN)
                .start()) {
            String remote = Network.urlVia(other, sim);

            assertThat(get(remote + "/_sim/stats", TOKEN).statusCode()).isEqualTo(200);
            assertThat(get(remote + "/_sim/stats", null).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void aConfiguredTokenIsRequiredEvenFromLoopback() throws Exception {
        try (SfmcSimulator sim =
                SfmcSimulator.withDefaults().inspectionToken(TOKEN).start()) {
            HttpResponse<String> refused = get(sim.baseUrl() + "/_sim/stats", null);

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains(InspectionGuard.HEADER).doesNotContain(TOKEN);
            assertThat(get(sim.baseUrl() + "/_sim/stats", "wrong").statusCode()).isEqualTo(403);
            assertThat(get(sim.baseUrl() + "/_sim/stats", TOKEN).statusCode()).isEqualTo(200);
            assertThat(sim.stats().contactsEntered()).isZero();
        }
    }

    @Test
    void configAndCliSetTheToken() throws Exception {
        byte[] yaml = ("inspectionToken: " + TOKEN + "\n").getBytes(StandardCharsets.UTF_8);
        try (SfmcSimulator sim =
                SfmcSimulator.fromConfig(new ByteArrayInputStream(yaml), true).start()) {
            assertThat(get(sim.baseUrl() + "/_sim/stats", null).statusCode()).isEqualTo(403);
            assertThat(get(sim.baseUrl() + "/_sim/stats", TOKEN).statusCode()).isEqualTo(200);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SfmcSimulator sim = Main.start(
                new PrintStream(out, true, StandardCharsets.UTF_8), "--port", "0", "--inspection-token", TOKEN)) {
            assertThat(get(sim.baseUrl() + "/_sim/stats", null).statusCode()).isEqualTo(403);
            assertThat(get(sim.baseUrl() + "/_sim/stats", TOKEN).statusCode()).isEqualTo(200);
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
        }
    }

    private static HttpResponse<String> get(String url, String inspectionToken) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (inspectionToken != null) {
            b.header(InspectionGuard.HEADER, inspectionToken);
        }
        return Http.CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
