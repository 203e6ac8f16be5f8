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

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Cheap identifiers: GUIDs from ThreadLocalRandom (no SecureRandom contention on the hot path), tokens from SecureRandom. */
final class Ids {
    private static final SecureRandom SECURE = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Ids() {}

    static String uuid() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long msb = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** A stable id derived from a kind and a key: the same journey gets the same ids in every run. */
    static String stable(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** A long, opaque, JWT-looking access token (header.payload.signature), never parsed by anyone. */
    static String accessToken(String clientId, int mid) {
        byte[] nonce = new byte[24];
        byte[] sig = new byte[32];
        SECURE.nextBytes(nonce);
        SECURE.nextBytes(sig);
        String header = B64.encodeToString(
                "{\"alg\":\"HS256\",\"kid\":\"4\",\"ver\":\"1\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(("{\"access_token\":\"" + B64.encodeToString(nonce) + "\",\"client_id\":\""
                        + clientId.replace("\"", "") + "\",\"eid\":" + mid + ",\"stack_key\":\"SIM\"}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + B64.encodeToString(sig);
    }
}
