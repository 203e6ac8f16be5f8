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
package io.github.camelsfmc.journey.internal.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs work after a delay (retries, rate-limited calls) without a thread waiting for it, and never loses it: when the
 * component stops, every task that has not run yet runs its abandon action instead, so the exchange waiting for it
 * completes with the last outcome rather than hanging.
 */
public final class DelayedTasks {

    private final ScheduledExecutorService scheduler;
    private final Set<Task> pending = ConcurrentHashMap.newKeySet();

    public DelayedTasks(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Runs {@code task} after {@code delay}, or {@code onAbandon} if the component stops first.
     */
    public void schedule(Duration delay, Runnable task, Runnable onAbandon) {
        Task entry = new Task(task, onAbandon);
        pending.add(entry);
        try {
            scheduler.schedule(
                    () -> {
                        if (pending.remove(entry)) {
                            entry.task().run();
                        }
                    },
                    Math.max(0, delay.toNanos()),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            abandon(entry);
        }
    }

    /** Runs the abandon action of every task that has not run; called when the component stops. */
    public void abandonAll() {
        pending.forEach(this::abandon);
    }

    private void abandon(Task entry) {
        if (pending.remove(entry)) {
            entry.onAbandon().run();
        }
    }

    private record Task(Runnable task, Runnable onAbandon) {}
}
