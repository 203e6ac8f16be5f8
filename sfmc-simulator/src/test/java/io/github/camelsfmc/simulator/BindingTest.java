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
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** #15.9: the simulator listens on loopback unless a host is given explicitly. */
class BindingTest {

    @Test
    void bindsToLoopbackByDefault() {
        try (SfmcSimulator sim = SfmcSimulator.withDefaults().start()) {
            assertThat(sim.boundAddress().getAddress().isLoopbackAddress()).isTrue();
            assertThat(sim.baseUrl()).isEqualTo("http://localhost:" + sim.port());
            assertThat(Http.token(sim.baseUrl())).isNotBlank();
        }
    }

    @Test
    void isNotReachableThroughAnotherInterfaceByDefault() throws Exception {
        InetAddress other = Network.nonLoopbackAddress().orElse(null);
        assumeTrue(other != null, "no non-loopback interface on this machine");
        try (SfmcSimulator sim = SfmcSimulator.withDefaults().start()) {
            assertThatThrownBy(() -> {
                        try (Socket s = new Socket()) {
                            s.connect(new InetSocketAddress(other, sim.port()), 2000);
                        }
                    })
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void bindAddressExposesTheSimulator() {
        try (SfmcSimulator sim =
                SfmcSimulator.withDefaults().bindAddress("0.0.0.0").start()) {
            assertThat(sim.boundAddress().getAddress().isAnyLocalAddress()).isTrue();
            assertThat(Http.token(sim.baseUrl())).isNotBlank();
            Network.nonLoopbackAddress()
                    .ifPresent(other ->
                            assertThat(Http.token(Network.urlVia(other, sim))).isNotBlank());
        }
    }

    @Test
    void configBindAddressExposesTheSimulator() {
        byte[] yaml = "bindAddress: 0.0.0.0\n".getBytes(StandardCharsets.UTF_8);
        try (SfmcSimulator sim =
                SfmcSimulator.fromConfig(new ByteArrayInputStream(yaml), true).start()) {
            assertThat(sim.boundAddress().getAddress().isAnyLocalAddress()).isTrue();
        }
    }

    @Test
    void cliBindsToLoopbackUnlessHostIsGiven() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (SfmcSimulator sim = Main.start(quiet, "--port", "0")) {
            assertThat(sim.boundAddress().getAddress().isLoopbackAddress()).isTrue();
        }
        try (SfmcSimulator sim = Main.start(quiet, "--port", "0", "--host", "0.0.0.0")) {
            assertThat(sim.boundAddress().getAddress().isAnyLocalAddress()).isTrue();
        }
    }
}
