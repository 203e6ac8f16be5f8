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
 * One timed run of the CPU benchmark.
 *
 * @param contacts       contacts sent in the timed part
 * @param cpuNanos       CPU time of the route JVM (all its threads, GC and JIT included) over the timed part
 * @param jitNanos       the part of {@code cpuNanos} spent by the JIT compiler threads
 * @param seconds        wall time of the timed part
 * @param startupMillis  wall time until the first C requests' worth of contacts had their outcome, in a fresh
 *                       CamelContext (token, connections, and for sfmc-journey the journey preflight)
 * @param delivered      contacts the route reported delivered in the timed part
 * @param failed         contacts the route reported failed, start-up included
 * @param entered        contacts the simulator recorded as entered, start-up included
 * @param startupContacts contacts sent in the start-up part
 */
public record CpuRun(
        CpuVariant variant,
        long latencyMillis,
        long contacts,
        long cpuNanos,
        long jitNanos,
        double seconds,
        double startupMillis,
        long delivered,
        long failed,
        long entered,
        long startupContacts) {

    /** The route's CPU per contact: the JVM's, less the JIT compiler's (a warm-up cost, not a per-contact one). */
    public double cpuMicrosPerContact() {
        return (cpuNanos - jitNanos) / 1e3 / contacts;
    }

    /** All of the JVM's CPU per contact, JIT compilation included. */
    public double processCpuMicrosPerContact() {
        return cpuNanos / 1e3 / contacts;
    }

    public double contactsPerCpuSecond() {
        return contacts / ((cpuNanos - jitNanos) / 1e9);
    }

    /** Every contact sent was delivered and entered exactly once, and none failed. */
    public boolean complete() {
        return failed == 0 && delivered == contacts && entered == startupContacts + contacts;
    }
}
