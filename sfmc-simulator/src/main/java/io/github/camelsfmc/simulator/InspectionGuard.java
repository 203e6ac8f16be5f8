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
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may use the inspection API ({@code /_sim}), which can read every recorded contact and change the simulator.
 * Without an inspection token: loopback callers only. With one: every caller, loopback included, must send it in
 * the {@value #HEADER} header. Anyone else gets 403.
 */
final class InspectionGuard {
    static final String HEADER = "X-Sim-Inspection-Token";

    private final byte[] token;

    /** @param token the inspection token, or null for loopback-only */
    InspectionGuard(String token) {
        this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean allows(InetAddress remote, String presentedToken) {
        if (token != null) {
            return presentedToken != null
                    && MessageDigest.isEqual(token, presentedToken.getBytes(StandardCharsets.UTF_8));
        }
        return remote != null && remote.isLoopbackAddress();
    }

    /** True when the request may go on; otherwise answers 403 and returns false. */
    boolean admit(Request req) throws IOException {
        if (allows(req.remoteAddress(), req.header(HEADER))) {
            return true;
        }
        String message = token != null
                ? "The inspection API needs the " + HEADER + " header with the configured inspection token."
                : "The inspection API answers loopback callers only; configure an inspection token to reach it"
                        + " from another host.";
        Errors.send(req, 403, message, 0);
        return false;
    }
}
