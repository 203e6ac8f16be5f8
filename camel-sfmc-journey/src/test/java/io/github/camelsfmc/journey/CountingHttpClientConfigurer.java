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

import java.io.IOException;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * Hooks into the endpoint's HTTP client (through the httpClientConfigurer option) to record the paths it sent and the
 * most entry calls (token calls aside) it ever had in flight, or to refuse them before anything is sent.
 */
final class CountingHttpClientConfigurer implements SfmcJourneyHttpClientConfigurer {

    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private volatile boolean refuseApiCalls;

    /** The paths of every request this client sent, token requests included. */
    List<String> paths() {
        return paths;
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    /** From now on, every call but the token request fails at once, before anything is sent. */
    void refuseApiCalls() {
        refuseApiCalls = true;
    }

    @Override
    public void configureHttpClient(HttpAsyncClientBuilder builder) {
        builder.addExecInterceptorFirst("counting", (request, entity, scope, chain, callback) -> {
            paths.add(request.getPath());
            if (request.getPath().endsWith("/v2/token")) {
                chain.proceed(request, entity, scope, callback);
                return;
            }
            if (refuseApiCalls) {
                callback.failed(new ConnectException("refused by the test"));
                return;
            }
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            AtomicBoolean answered = new AtomicBoolean();
            // a call stops counting when its answer arrives: the caller may start the next one before completed()
            Runnable done = () -> {
                if (answered.compareAndSet(false, true)) {
                    inFlight.decrementAndGet();
                }
            };
            chain.proceed(request, entity, scope, new AsyncExecCallback() {
                @Override
                public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails details)
                        throws HttpException, IOException {
                    done.run();
                    AsyncDataConsumer consumer = callback.handleResponse(response, details);
                    return consumer != null ? consumer : new Ignoring();
                }

                @Override
                public void handleInformationResponse(HttpResponse response) throws HttpException, IOException {
                    callback.handleInformationResponse(response);
                }

                @Override
                public void completed() {
                    done.run();
                    callback.completed();
                }

                @Override
                public void failed(Exception cause) {
                    done.run();
                    callback.failed(cause);
                }
            });
        });
    }

    private static final class Ignoring implements AsyncDataConsumer {
        @Override
        public void updateCapacity(CapacityChannel channel) throws IOException {
            channel.update(Integer.MAX_VALUE);
        }

        @Override
        public void consume(ByteBuffer data) {}

        @Override
        public void streamEnd(List<? extends Header> trailers) {}

        @Override
        public void releaseResources() {}
    }
}
