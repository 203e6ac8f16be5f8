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
package io.github.camelsfmc.journey;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;

/**
 * Hooks into the endpoint's HTTP client to hold token requests back until the test lets them go, so a test can observe
 * what callers do while a token request is in flight. Nothing blocks the client's I/O threads.
 */
final class HoldingTokenRequests implements SfmcJourneyHttpClientConfigurer, AutoCloseable {

    private final ScheduledExecutorService releaser = Executors.newSingleThreadScheduledExecutor();
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();
    private volatile boolean holding;

    /** From now on, token requests wait for {@link #release()}. */
    void hold() {
        holding = true;
    }

    void release() {
        released.countDown();
    }

    /** Token requests held back so far. */
    int held() {
        return held.get();
    }

    @Override
    public void configureHttpClient(HttpAsyncClientBuilder builder) {
        builder.addExecInterceptorFirst("holding-token-requests", (request, entity, scope, chain, callback) -> {
            if (!holding || !request.getPath().endsWith("/v2/token")) {
                chain.proceed(request, entity, scope, callback);
                return;
            }
            held.incrementAndGet();
            releaser.execute(() -> {
                try {
                    released.await();
                    chain.proceed(request, entity, scope, callback);
                } catch (Exception e) {
                    callback.failed(e);
                }
            });
        });
    }

    @Override
    public void close() {
        release();
        releaser.shutdownNow();
    }
}
