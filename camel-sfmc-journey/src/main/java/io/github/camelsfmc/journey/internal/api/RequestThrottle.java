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
package io.github.camelsfmc.journey.internal.api;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelsfmc.journey.internal.http.DelayedTasks;

/**
 * Client-side limits on the SFMC calls of one set of credentials: at most {@code maxConcurrentRequests} in flight and
 * at most {@code maxRequestsPerSecond} started per second (0 = no limit). Waiting is asynchronous: {@link #acquire()}
 * returns a future completed when the call may start, so no thread is parked while a call waits its turn.
 */
public final class RequestThrottle {

    private static final RequestThrottle UNLIMITED = new RequestThrottle(0, 0, null);

    private final int maxConcurrentRequests;
    private final double maxRequestsPerSecond;
    private final long intervalNanos;
    private final DelayedTasks delayedTasks;
    private final Deque<CompletableFuture<Permit>> waiting = new ArrayDeque<>();
    private int inUse;
    private long nextStartNanos = System.nanoTime();

    /**
     * @param delayedTasks completes the permits that wait for the rate limit; may be null when the rate is unlimited
     */
    public RequestThrottle(int maxConcurrentRequests, double maxRequestsPerSecond, DelayedTasks delayedTasks) {
        this.maxConcurrentRequests = Math.max(0, maxConcurrentRequests);
        this.maxRequestsPerSecond = Math.max(0, maxRequestsPerSecond);
        this.intervalNanos = maxRequestsPerSecond > 0 ? (long) (1_000_000_000L / maxRequestsPerSecond) : 0;
        this.delayedTasks = delayedTasks;
    }

    public static RequestThrottle unlimited() {
        return UNLIMITED;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public double getMaxRequestsPerSecond() {
        return maxRequestsPerSecond;
    }

    /** A permit to start one call; {@link Permit#release()} it when the call has its answer (or failed). */
    public CompletableFuture<Permit> acquire() {
        if (maxConcurrentRequests == 0 && intervalNanos == 0) {
            return CompletableFuture.completedFuture(new Permit());
        }
        CompletableFuture<Permit> slot = new CompletableFuture<>();
        synchronized (this) {
            if (maxConcurrentRequests > 0 && inUse >= maxConcurrentRequests) {
                waiting.addLast(slot);
            } else {
                inUse++;
                slot.complete(null);
            }
        }
        return slot.thenCompose(ignored -> paced());
    }

    /** Calls currently holding a concurrency permit. */
    public synchronized int getInUse() {
        return inUse;
    }

    /** Calls waiting for a concurrency permit. */
    public synchronized int getWaiting() {
        return waiting.size();
    }

    private CompletableFuture<Permit> paced() {
        if (intervalNanos == 0) {
            return CompletableFuture.completedFuture(new Permit());
        }
        long delay;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, nextStartNanos);
            nextStartNanos = start + intervalNanos;
            delay = start - now;
        }
        if (delay <= 0) {
            return CompletableFuture.completedFuture(new Permit());
        }
        CompletableFuture<Permit> paced = new CompletableFuture<>();
        // on stop the permit is granted at once: the call goes out rather than leaving its exchange waiting
        delayedTasks.schedule(
                Duration.ofNanos(delay), () -> paced.complete(new Permit()), () -> paced.complete(new Permit()));
        return paced;
    }

    private void handOver() {
        CompletableFuture<Permit> next;
        synchronized (this) {
            next = waiting.pollFirst();
            if (next == null) {
                inUse--;
                return;
            }
        }
        // the permit passes to the next waiter: inUse stays the same
        next.complete(null);
    }

    /** The right to one call. Releasing twice releases once. */
    public final class Permit {
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit() {}

        public void release() {
            if (released.compareAndSet(false, true) && maxConcurrentRequests > 0) {
                handOver();
            }
        }
    }
}
