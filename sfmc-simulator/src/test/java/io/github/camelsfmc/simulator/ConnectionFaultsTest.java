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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Faults of the connection itself: a load balancer's idle timeout, and a request read but never answered. */
class ConnectionFaultsTest {

    private static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    private SfmcSimulator sim;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theLoadBalancerClosesAConnectionIdleLongerThanItsTimeout() throws Exception {
        sim = SfmcSimulator.withDefaults().idleConnectionTimeoutMillis(100).start();

        try (Socket socket = new Socket("localhost", sim.port())) {
            socket.setSoTimeout(10_000);
            long start = System.nanoTime();

            assertThat(socket.getInputStream().read())
                    .as("closed by the load balancer")
                    .isEqualTo(-1);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(100);
        }
        assertThat(sim.idleConnectionsClosed()).isEqualTo(1);
    }

    @Test
    void theLoadBalancerCountsEveryConnectionItAccepted() throws Exception {
        sim = SfmcSimulator.withDefaults().idleConnectionTimeoutMillis(600_000).start();

        for (int i = 0; i < 3; i++) {
            try (Socket socket = new Socket("localhost", sim.port())) {
                socket.setSoTimeout(10_000);
                String answer = exchange(socket, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

                assertThat(answer).as("relayed and answered").startsWith("HTTP/1.1 ");
            }
        }

        assertThat(sim.acceptedConnections()).isEqualTo(3);
    }

    @Test
    void theLoadBalancerDoesNotCutARequestWaitingForASlowAnswer() throws Exception {
        sim = SfmcSimulator.withDefaults().idleConnectionTimeoutMillis(100).start();
        sim.faults().latencyMillis(300);
        String token = Http.token(sim.baseUrl());

        try (Socket socket = new Socket("localhost", sim.port())) {
            socket.setSoTimeout(10_000);
            String answer = exchange(socket, entryRequest(token, "C-1"));

            assertThat(answer).startsWith("HTTP/1.1 201");
        }
        assertThat(sim.entryCount(KEY)).isEqualTo(1);
    }

    @Test
    void aResetAfterReadRequestGetsNoAnswerAndEntersNobody() throws Exception {
        sim = SfmcSimulator.withDefaults().start();
        String token = Http.token(sim.baseUrl());
        sim.faults().resetAfterReadRate(1.0);

        try (Socket socket = new Socket("localhost", sim.port())) {
            socket.setSoTimeout(10_000);
            String answer = exchange(socket, entryRequest(token, "C-1"));

            assertThat(answer).isEmpty();
        }
        assertThat(sim.stats().resetAfterReadRequests()).isEqualTo(1);
        assertThat(sim.stats().entryRequests()).isEqualTo(1);
        assertThat(sim.entryCount(KEY)).isZero();
    }

    private static String entryRequest(String token, String contactKey) {
        String body = Http.json(Http.map("ContactKey", contactKey, "EventDefinitionKey", KEY));
        return "POST /interaction/v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
    }

    /** Writes the request and reads until the server closes the connection. */
    private static String exchange(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
