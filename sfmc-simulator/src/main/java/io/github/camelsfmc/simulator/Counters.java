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

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free counters behind {@link SimulatorStats}. */
final class Counters {
    final LongAdder tokenRequests = new LongAdder();
    final LongAdder tokensIssued = new LongAdder();
    final LongAdder singleEventRequests = new LongAdder();
    final LongAdder batchEventRequests = new LongAdder();
    final LongAdder throttled = new LongAdder();
    final LongAdder serverErrors = new LongAdder();
    final LongAdder unauthorized = new LongAdder();
    final LongAdder total = new LongAdder();
    final LongAdder contactsEntered = new LongAdder();
    final LongAdder contactsDropped = new LongAdder();
    final LongAdder concurrencyBlocked = new LongAdder();
    final LongAdder resetAfterRead = new LongAdder();

    void reset() {
        for (LongAdder a : List.of(
                tokenRequests,
                tokensIssued,
                singleEventRequests,
                batchEventRequests,
                throttled,
                serverErrors,
                unauthorized,
                total,
                contactsEntered,
                contactsDropped,
                concurrencyBlocked,
                resetAfterRead)) {
            a.reset();
        }
    }

    SimulatorStats snapshot() {
        long single = singleEventRequests.sum();
        long batch = batchEventRequests.sum();
        return new SimulatorStats(
                tokenRequests.sum(),
                tokensIssued.sum(),
                single,
                batch,
                single + batch,
                throttled.sum(),
                serverErrors.sum(),
                unauthorized.sum(),
                total.sum(),
                contactsEntered.sum(),
                contactsDropped.sum(),
                concurrencyBlocked.sum(),
                resetAfterRead.sum());
    }
}
