package io.github.camelsfmc.journey.api;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DelayedTasksTest {

    @Test
    void aTaskRunsAfterItsDelay() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            CompletableFuture<String> outcome = new CompletableFuture<>();
            new DelayedTasks(scheduler).schedule(Duration.ofMillis(10), () -> outcome.complete("ran"),
                    () -> outcome.complete("abandoned"));

            assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo("ran");
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void stoppingAbandonsTasksThatHaveNotRunSoTheirExchangesComplete() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        DelayedTasks tasks = new DelayedTasks(scheduler);
        CompletableFuture<String> outcome = new CompletableFuture<>();
        tasks.schedule(Duration.ofHours(1), () -> outcome.complete("ran"), () -> outcome.complete("abandoned"));

        scheduler.shutdownNow();
        tasks.abandonAll();

        assertThat(outcome.getNow("still waiting")).isEqualTo("abandoned");
    }

    @Test
    void aTaskScheduledAfterStopIsAbandonedAtOnce() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.shutdownNow();
        CompletableFuture<String> outcome = new CompletableFuture<>();

        new DelayedTasks(scheduler).schedule(Duration.ofMillis(1), () -> outcome.complete("ran"),
                () -> outcome.complete("abandoned"));

        assertThat(outcome.getNow("still waiting")).isEqualTo("abandoned");
    }
}
