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

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Contacts a route has seen delivered or failed, so a run knows when every contact has an outcome. */
public final class DeliveryCounter {

    private final LongAdder delivered = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    public void delivered(long contacts) {
        delivered.add(contacts);
    }

    public void failed(long contacts, Throwable cause) {
        failed.add(contacts);
        firstFailure.compareAndSet(null, String.valueOf(cause));
    }

    public long delivered() {
        return delivered.sum();
    }

    public long failed() {
        return failed.sum();
    }

    public String firstFailure() {
        return firstFailure.get();
    }

    /** Waits until {@code contacts} have an outcome; false on timeout. */
    public boolean awaitOutcomes(long contacts, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (delivered() + failed() < contacts) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }
}
