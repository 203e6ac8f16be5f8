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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.internal.http.DelayedTasks;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThrottleTest {

    @Test
    void aCallOverTheConcurrencyLimitWaitsUntilAPermitIsReleased() {
        RequestThrottle throttle = new RequestThrottle(2, 0, null);
        RequestThrottle.Permit first = throttle.acquire().join();
        throttle.acquire().join();

        CompletableFuture<RequestThrottle.Permit> third = throttle.acquire();
        assertThat(third).isNotDone();
        assertThat(throttle.getWaiting()).isEqualTo(1);

        first.release();
        assertThat(third).isDone();
        assertThat(throttle.getInUse()).isEqualTo(2);
    }

    @Test
    void releasingAPermitTwiceFreesOnlyOneSlot() {
        RequestThrottle throttle = new RequestThrottle(1, 0, null);
        RequestThrottle.Permit permit = throttle.acquire().join();
        CompletableFuture<RequestThrottle.Permit> second = throttle.acquire();
        CompletableFuture<RequestThrottle.Permit> third = throttle.acquire();

        permit.release();
        permit.release();

        assertThat(second).isDone();
        assertThat(third).isNotDone();
    }

    @Test
    void callsOverTheRateAreGrantedOnePerIntervalNotRefused() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            // 20 per second: one permit every 50 ms
            RequestThrottle throttle = new RequestThrottle(0, 20, new DelayedTasks(scheduler));
            long start = System.nanoTime();
            List<CompletableFuture<Long>> grantedAt = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                grantedAt.add(throttle.acquire().thenApply(permit -> System.nanoTime() - start));
            }

            assertThat(grantedAt.get(0)).as("the first call is not delayed").isDone();
            CompletableFuture.allOf(grantedAt.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

            for (int i = 1; i < 5; i++) {
                assertThat(grantedAt.get(i).join())
                        .as("permit %d waits its turn", i)
                        .isGreaterThanOrEqualTo(intervalNanos(50L * i));
            }
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static long intervalNanos(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void withoutLimitsEveryCallStartsAtOnce() {
        RequestThrottle throttle = RequestThrottle.unlimited();
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.acquire()).isDone();
        }
    }
}
