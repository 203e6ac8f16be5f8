package io.github.camelsfmc.journey.api;

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
            scheduler.schedule(() -> {
                if (pending.remove(entry)) {
                    entry.task().run();
                }
            }, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
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

    private record Task(Runnable task, Runnable onAbandon) {
    }
}
