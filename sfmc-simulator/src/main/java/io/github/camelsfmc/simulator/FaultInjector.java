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

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Applies the live {@link Faults} settings to a request, between routing and the handler. In order:
 * <ol>
 *   <li>the concurrency limit (429 errorcode 50200 at once, no delay);
 *   <li>the dice ({@link Faults#draw()}) for a faulted answer;
 *   <li>latency: the answer is scheduled, no worker thread is parked;
 *   <li>the faulted answer ({@link #answerFault}), or else the real one.
 * </ol>
 * A new fault: add its setting to {@link Faults} (and {@code FaultsConfig.apply}, {@code faultsJson} in
 * {@link InspectionHandler}); a fault decided per request becomes a {@link FaultDice.Outcome} drawn in
 * {@link Faults#draw()} and answered in {@link #answerFault}; a fault of the connection itself (close, reset) acts
 * on {@code req.exchange} in {@link #answerFault} too.
 */
final class FaultInjector {
    /** The real answer, run after faults. */
    @FunctionalInterface
    interface Answer {
        void run() throws IOException;
    }

    private final SimulatorState state;
    private final Supplier<ScheduledExecutorService> scheduler;
    private final Supplier<ExecutorService> executor;
    private final AtomicInteger inFlight = new AtomicInteger();

    FaultInjector(
            SimulatorState state, Supplier<ScheduledExecutorService> scheduler, Supplier<ExecutorService> executor) {
        this.state = state;
        this.scheduler = scheduler;
        this.executor = executor;
    }

    void apply(Request req, Route.FaultScope scope, SimulatedApi api, Answer answer) throws IOException {
        Faults f = state.faults();
        HostileAnswers.ApiSettings hostile =
                api == null ? HostileAnswers.ApiSettings.NONE : f.hostile().settings(api);
        req.hostile(hostile, scheduler.get());
        boolean faultable = switch (scope) {
            case TOKEN -> f.faultTokenEndpoint();
            case ENTRY -> true;
            case REST -> f.faultAllRestEndpoints();
            case NONE -> false;
        };
        boolean delayed = scope == Route.FaultScope.TOKEN ? f.faultTokenEndpoint() : scope != Route.FaultScope.NONE;
        FaultDice.Outcome outcome = FaultDice.Outcome.NONE;
        boolean holdsSlot = false;
        if (faultable) {
            int now = inFlight.incrementAndGet();
            int max = f.maxConcurrentRequests();
            if (max > 0 && now > max) {
                inFlight.decrementAndGet();
                state.counters.throttled.increment();
                state.counters.concurrencyBlocked.increment();
                Errors.send(req, 429, "Your requests are temporarily blocked.", 50200);
                return;
            }
            holdsSlot = true;
            outcome = f.draw();
        }
        long latency = delayed ? f.latencyMillis() : 0;
        FaultDice.Outcome decided = outcome;
        boolean release = holdsSlot;
        Runnable work = () -> {
            try {
                if (!answerFault(req, decided) && !HostilePages.answer(req, api, hostile, f.hostile())) {
                    answer.run();
                }
            } catch (Throwable t) {
                Request.fail(req.exchange, t);
            } finally {
                if (release) {
                    inFlight.decrementAndGet();
                }
            }
        };
        if (latency <= 0) {
            work.run();
            return;
        }
        // Do not park a worker thread: schedule the answer and let it run on the worker pool when due.
        try {
            scheduler
                    .get()
                    .schedule(
                            () -> {
                                try {
                                    executor.get().execute(work);
                                } catch (RejectedExecutionException e) {
                                    work.run();
                                }
                            },
                            latency,
                            TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException | NullPointerException e) {
            work.run(); // shutting down
        }
    }

    /** Answers a drawn fault; false when there is none and the real answer should run. */
    private boolean answerFault(Request req, FaultDice.Outcome outcome) throws IOException {
        int retryAfter = state.faults().retryAfterSeconds();
        switch (outcome) {
            case THROTTLED -> {
                state.counters.throttled.increment();
                Errors.retryLater(req, 429, "Rate limit exceeded", 50100, retryAfter);
                return true;
            }
            case SERVER_ERROR -> {
                state.counters.serverErrors.increment();
                Errors.retryLater(req, 503, "Service Unavailable", 50300, retryAfter);
                return true;
            }
            case RESET_AFTER_READ -> {
                state.counters.resetAfterRead.increment();
                // the request was read in full (Request reads the body); closing without a response closes the
                // connection
                req.exchange.close();
                return true;
            }
            case NONE -> {
                return false;
            }
        }
        throw new IllegalStateException("Unhandled fault " + outcome);
    }
}
