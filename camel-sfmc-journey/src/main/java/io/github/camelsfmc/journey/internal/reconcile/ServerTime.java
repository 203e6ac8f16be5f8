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
package io.github.camelsfmc.journey.internal.reconcile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.camelsfmc.journey.internal.status.ServerClock;

/** Turns local instants into SFMC's time, learning SFMC's clock from the {@code Date} header of status answers. */
final class ServerTime {

    private final Clock local;
    private final ServerClock server;

    ServerTime(Clock local) {
        this.local = local;
        this.server = new ServerClock(local);
    }

    Instant localNow() {
        return local.instant();
    }

    /** What SFMC's clock read at the local instant {@code at}, as far as its last Date header tells. */
    Instant onServer(Instant at) {
        return at.plus(Duration.between(local.instant(), server.now()));
    }

    void observe(Instant serverDate) {
        server.observe(serverDate);
    }
}
