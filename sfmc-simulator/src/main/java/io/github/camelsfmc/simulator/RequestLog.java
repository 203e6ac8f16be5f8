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

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** The most recent answered requests with their time, bounded, oldest first. */
final class RequestLog {
    static final int CAPACITY = 1000;

    private final Clock clock;

    RequestLog(Clock clock) {
        this.clock = clock;
    }

    private final ConcurrentLinkedQueue<SfmcSimulator.RequestLogEntry> entries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    void add(String method, String path, int status) {
        entries.add(new SfmcSimulator.RequestLogEntry(clock.instant(), method, path, status));
        if (size.incrementAndGet() > CAPACITY) {
            if (entries.poll() != null) {
                size.decrementAndGet();
            }
        }
    }

    List<SfmcSimulator.RequestLogEntry> snapshot() {
        return List.copyOf(entries);
    }

    void clear() {
        entries.clear();
        size.set(0);
    }
}
