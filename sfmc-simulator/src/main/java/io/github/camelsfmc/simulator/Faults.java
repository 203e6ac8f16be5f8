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

import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault injection settings, mutable at runtime ({@code sim.faults().throttleRate(0.05).latencyMillis(50)}).
 * <p>
 * Random faults are repeatable: the n-th faultable request since the last {@link #seed(long)} (or simulator reset)
 * draws from a {@link SplittableRandom} seeded with {@code seed} and {@code n}, so the same seed and the same request
 * sequence give the same sequence of statuses, whatever the thread scheduling inside the simulator.
 * <p>
 * By default faults (throttling, 503, the concurrency limit) apply to the entry endpoints
 * ({@code /interaction/v1/events} and {@code /interaction/v1/async/events}); latency applies to every REST call.
 * The token endpoint is never faulted unless {@link #faultTokenEndpoint(boolean)} is set.
 */
public final class Faults {
    private volatile long seed;
    private volatile long latencyMillis;
    private volatile double throttleRate;
    private volatile int retryAfterSeconds = 1;
    private volatile double serverErrorRate;
    private volatile double resetAfterReadRate;
    private volatile int maxConcurrentRequests;
    private volatile boolean faultTokenEndpoint;
    private volatile boolean faultAllRestEndpoints;
    private final AtomicLong sequence = new AtomicLong();
    private final HostileAnswers hostile = new HostileAnswers();

    private Faults() {}

    public static Builder builder() {
        return new Builder();
    }

    /** No faults at all. */
    public static Faults none() {
        return new Faults();
    }

    /** An independent copy of the settings (the request sequence starts at zero). */
    public Faults copy() {
        Faults c = new Faults();
        c.setFrom(this);
        return c;
    }

    /** Copies every setting from {@code other} and restarts the request sequence. */
    public Faults setFrom(Faults other) {
        this.seed = other.seed;
        this.latencyMillis = other.latencyMillis;
        this.throttleRate = other.throttleRate;
        this.retryAfterSeconds = other.retryAfterSeconds;
        this.serverErrorRate = other.serverErrorRate;
        this.resetAfterReadRate = other.resetAfterReadRate;
        this.maxConcurrentRequests = other.maxConcurrentRequests;
        this.faultTokenEndpoint = other.faultTokenEndpoint;
        this.faultAllRestEndpoints = other.faultAllRestEndpoints;
        this.hostile.setFrom(other.hostile);
        this.sequence.set(0);
        return this;
    }

    /** Sets the seed and restarts the request sequence, so what follows repeats for the same seed. */
    public Faults seed(long seed) {
        this.seed = seed;
        this.sequence.set(0);
        return this;
    }

    /** Added latency for every REST call (and token calls when {@link #faultTokenEndpoint(boolean)}). */
    public Faults latencyMillis(long latencyMillis) {
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latencyMillis < 0");
        }
        this.latencyMillis = latencyMillis;
        return this;
    }

    /** Fraction (0..1) of faultable requests answered 429 errorcode 50100 with Retry-After. */
    public Faults throttleRate(double rate) {
        this.throttleRate = checkRate(rate);
        return this;
    }

    public Faults retryAfterSeconds(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds < 0");
        }
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Fraction (0..1) of faultable requests answered 503 errorcode 50300 with Retry-After. */
    public Faults serverErrorRate(double rate) {
        this.serverErrorRate = checkRate(rate);
        return this;
    }

    /**
     * Fraction (0..1) of faultable requests that are read whole and then get no answer: the connection is closed
     * under them, and nothing is processed. To the client this is the true unknown outcome: its request was sent, and
     * no answer tells whether it was acted on.
     */
    public Faults resetAfterReadRate(double rate) {
        this.resetAfterReadRate = checkRate(rate);
        return this;
    }

    /** Faultable requests in flight beyond this are answered 429 errorcode 50200 (no Retry-After); 0 = unlimited. */
    public Faults maxConcurrentRequests(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("maxConcurrentRequests < 0");
        }
        this.maxConcurrentRequests = max;
        return this;
    }

    /** Also fault {@code POST /v2/token} (off by default). */
    public Faults faultTokenEndpoint(boolean on) {
        this.faultTokenEndpoint = on;
        return this;
    }

    /** Fault every REST endpoint, not just the two entry endpoints (off by default). */
    public Faults faultAllRestEndpoints(boolean on) {
        this.faultAllRestEndpoints = on;
        return this;
    }

    /** Back to no faults (the seed is kept, the sequence restarts). */
    public Faults clear() {
        this.latencyMillis = 0;
        this.throttleRate = 0;
        this.serverErrorRate = 0;
        this.resetAfterReadRate = 0;
        this.maxConcurrentRequests = 0;
        this.retryAfterSeconds = 1;
        this.faultTokenEndpoint = false;
        this.faultAllRestEndpoints = false;
        this.hostile.clear();
        this.sequence.set(0);
        return this;
    }

    public long seed() {
        return seed;
    }

    public long latencyMillis() {
        return latencyMillis;
    }

    public double throttleRate() {
        return throttleRate;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public double serverErrorRate() {
        return serverErrorRate;
    }

    public double resetAfterReadRate() {
        return resetAfterReadRate;
    }

    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public boolean faultTokenEndpoint() {
        return faultTokenEndpoint;
    }

    public boolean faultAllRestEndpoints() {
        return faultAllRestEndpoints;
    }

    /** Per-API hostile answers: trickling, oversized, header-echoing, long texts, failing token calls. */
    public HostileAnswers hostile() {
        return hostile;
    }

    void restartSequence() {
        hostile.restartSequence();
        sequence.set(0);
    }

    /** Rolls the dice for the next faultable request. */
    FaultDice.Outcome draw() {
        return FaultDice.draw(seed, sequence, throttleRate, serverErrorRate, resetAfterReadRate);
    }

    private static double checkRate(double rate) {
        if (rate < 0 || rate > 1 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("A rate must be between 0 and 1: " + rate);
        }
        return rate;
    }

    @Override
    public String toString() {
        return "Faults[seed=" + seed + ", latencyMillis=" + latencyMillis + ", throttleRate=" + throttleRate
                + ", serverErrorRate=" + serverErrorRate + ", resetAfterReadRate=" + resetAfterReadRate
                + ", retryAfterSeconds=" + retryAfterSeconds
                + ", maxConcurrentRequests=" + maxConcurrentRequests + ", faultTokenEndpoint=" + faultTokenEndpoint
                + ", faultAllRestEndpoints=" + faultAllRestEndpoints + ", " + hostile + "]";
    }

    /** Builds the initial fault settings. */
    public static final class Builder {
        private final Faults f = new Faults();

        public Builder seed(long seed) {
            f.seed(seed);
            return this;
        }

        public Builder latencyMillis(long ms) {
            f.latencyMillis(ms);
            return this;
        }

        public Builder throttleRate(double rate) {
            f.throttleRate(rate);
            return this;
        }

        public Builder retryAfterSeconds(int seconds) {
            f.retryAfterSeconds(seconds);
            return this;
        }

        public Builder serverErrorRate(double rate) {
            f.serverErrorRate(rate);
            return this;
        }

        public Builder resetAfterReadRate(double rate) {
            f.resetAfterReadRate(rate);
            return this;
        }

        public Builder maxConcurrentRequests(int max) {
            f.maxConcurrentRequests(max);
            return this;
        }

        public Builder faultTokenEndpoint(boolean on) {
            f.faultTokenEndpoint(on);
            return this;
        }

        public Builder faultAllRestEndpoints(boolean on) {
            f.faultAllRestEndpoints(on);
            return this;
        }

        /** Sets the hostile answers ({@code h} changes a {@link HostileAnswers} that starts honest). */
        public Builder hostile(java.util.function.Consumer<HostileAnswers> h) {
            h.accept(f.hostile);
            return this;
        }

        public Faults build() {
            return f.copy();
        }
    }
}
