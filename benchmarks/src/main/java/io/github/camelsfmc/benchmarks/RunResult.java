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
package io.github.camelsfmc.benchmarks;

/**
 * One end-to-end run: {@code contacts} sent by {@code variant} with {@code concurrency} requests in flight, timed
 * after {@code startupContacts} that took the route through its start-up.
 *
 * @param startupContacts C requests' worth of contacts sent first, untimed: they pay for the token, the first
 *                        connections and, for sfmc-journey, the journey preflight
 * @param startupSeconds  from the first start-up contact sent to the last one's outcome
 * @param contacts        contacts sent in the timed part
 * @param delivered       contacts of the timed part the route saw queued by SFMC
 * @param failed          contacts the route saw fail, start-up included
 * @param entered         contacts the simulator recorded as entered (the ground truth), start-up included
 * @param tokenRequests   POST /v2/token the simulator received during the run
 * @param entryRequests   entry API requests the simulator received during the run
 * @param limit           theoretical limit in contacts/second: C x contacts per request / latency
 */
public record RunResult(
        Variant variant,
        int concurrency,
        long startupContacts,
        double startupSeconds,
        long contacts,
        long delivered,
        long failed,
        long entered,
        double seconds,
        long tokenRequests,
        long entryRequests,
        double limit) {

    public double contactsPerSecond() {
        return delivered / seconds;
    }

    public double fractionOfLimit() {
        return contactsPerSecond() / limit;
    }

    /** Mean time a request was in flight as observed from the throughput: C x contacts per request / rate. */
    public double impliedRequestMillis(int batchSize) {
        return concurrency * variant.contactsPerRequest(batchSize) * 1000.0 / contactsPerSecond();
    }

    /** Every contact delivered, and the simulator entered exactly those. */
    public boolean countsAgree() {
        return failed == 0 && delivered == contacts && entered == startupContacts + contacts;
    }
}
