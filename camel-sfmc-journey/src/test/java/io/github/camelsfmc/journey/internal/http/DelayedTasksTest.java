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
            new DelayedTasks(scheduler)
                    .schedule(
                            Duration.ofMillis(10), () -> outcome.complete("ran"), () -> outcome.complete("abandoned"));

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

        new DelayedTasks(scheduler)
                .schedule(Duration.ofMillis(1), () -> outcome.complete("ran"), () -> outcome.complete("abandoned"));

        assertThat(outcome.getNow("still waiting")).isEqualTo("abandoned");
    }
}
