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

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Answers of a hostile network or server, for testing that a client stays bounded: a body that trickles in, an
 * oversized body, an error page that echoes the request headers (bearer token included), very long texts, and a
 * token endpoint that fails every Nth call. Part of {@link Faults} ({@link Faults#hostile()}); thread-safe and
 * changeable at runtime, like the rest of the faults. Each setting is off until set.
 */
public final class HostileAnswers {
    /** What one API does; an immutable value. */
    public record ApiSettings(int trickleBytes, Duration trickleInterval, long oversizedBodyBytes, int echoPageStatus) {
        static final ApiSettings NONE = new ApiSettings(0, Duration.ZERO, 0, 0);

        boolean trickles() {
            return trickleBytes > 0;
        }

        boolean isNone() {
            return equals(NONE);
        }
    }

    private final Map<SimulatedApi, ApiSettings> apis = new ConcurrentHashMap<>();
    private volatile int longTextLength;
    private volatile int tokenFailsEveryNthCall;
    private volatile int tokenFirstFailingCall;
    private final AtomicLong tokenCalls = new AtomicLong();

    HostileAnswers() {}

    /**
     * The answer's body is written {@code bytes} bytes at a time, one write every {@code interval}, after the
     * status line and headers (which carry the full {@code Content-Length}). A server answering this way holds a
     * client that only bounds silence, not the whole exchange.
     */
    public HostileAnswers trickle(SimulatedApi api, int bytes, Duration interval) {
        if (bytes < 1 || interval == null || interval.isNegative()) {
            throw new IllegalArgumentException("trickle needs bytes >= 1 and a non-negative interval");
        }
        update(api, s -> new ApiSettings(bytes, interval, s.oversizedBodyBytes(), s.echoPageStatus()));
        return this;
    }

    /**
     * The answer's JSON object gets a {@code "padding"} property that makes the whole body {@code bytes} long (when
     * the real answer is shorter). The body is streamed, so the simulator itself stays small. 0 turns it off.
     */
    public HostileAnswers oversizedBody(SimulatedApi api, long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("oversizedBody bytes < 0");
        }
        update(api, s -> new ApiSettings(s.trickleBytes(), s.trickleInterval(), bytes, s.echoPageStatus()));
        return this;
    }

    /**
     * Instead of the real answer, an HTML error page with this status (for example 502, as a proxy or load balancer
     * answers) that echoes the request line and every request header, {@code Authorization: Bearer ...} included.
     * Nothing is processed. 0 turns it off.
     */
    public HostileAnswers echoHeadersErrorPage(SimulatedApi api, int status) {
        if (status != 0 && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("echoHeadersErrorPage status must be 4xx or 5xx (or 0): " + status);
        }
        update(api, s -> new ApiSettings(s.trickleBytes(), s.trickleInterval(), s.oversizedBodyBytes(), status));
        return this;
    }

    /** The API's body is written at once again (its other settings stay). */
    public HostileAnswers noTrickle(SimulatedApi api) {
        update(api, s -> new ApiSettings(0, Duration.ZERO, s.oversizedBodyBytes(), s.echoPageStatus()));
        return this;
    }

    /** Puts the API back to honest answers. */
    public HostileAnswers honest(SimulatedApi api) {
        apis.remove(Objects.requireNonNull(api, "api"));
        return this;
    }

    /**
     * Every text the server writes is made at least {@code length} characters long: an SFMC error {@code message},
     * an OAuth {@code error_description}, a batch member's {@code message} and its {@code contactKey} echo, a status
     * item's {@code message}. 0 (default) turns it off.
     */
    public HostileAnswers longTexts(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("longTexts length < 0");
        }
        this.longTextLength = length;
        return this;
    }

    /**
     * Every Nth call to {@code POST /v2/token} (the Nth, the 2Nth, ...) is answered 503 with an OAuth error body;
     * 0 (default) turns it off. The count restarts with {@link SfmcSimulator#reset()} and when this is set.
     */
    public HostileAnswers tokenFailsEveryNthCall(int n) {
        return tokenFailsEveryNthCall(n, n);
    }

    /**
     * Like {@link #tokenFailsEveryNthCall(int)}, with the sequence of failures starting at call {@code first} (1 to
     * {@code n}): calls {@code first}, {@code first + n}, {@code first + 2n}, ... fail. {@code (2, 1)} fails the
     * first call, so a client's very first token request meets the failure.
     */
    public HostileAnswers tokenFailsEveryNthCall(int n, int first) {
        if (n < 0) {
            throw new IllegalArgumentException("tokenFailsEveryNthCall < 0");
        }
        if (n > 0 && (first < 1 || first > n)) {
            throw new IllegalArgumentException("the first failing token call must be 1 to " + n + ": " + first);
        }
        this.tokenFailsEveryNthCall = n;
        this.tokenFirstFailingCall = n == 0 ? 0 : first;
        tokenCalls.set(0);
        return this;
    }

    /** Every API honest again, no long texts, no failing token calls. */
    public HostileAnswers clear() {
        apis.clear();
        longTextLength = 0;
        tokenFailsEveryNthCall = 0;
        tokenFirstFailingCall = 0;
        tokenCalls.set(0);
        return this;
    }

    /** What the API does now ({@code ApiSettings} with zeros when honest). */
    public ApiSettings settings(SimulatedApi api) {
        return apis.getOrDefault(api, ApiSettings.NONE);
    }

    /** The APIs that are not honest, with their settings. */
    public Map<SimulatedApi, ApiSettings> all() {
        Map<SimulatedApi, ApiSettings> copy = new EnumMap<>(SimulatedApi.class);
        copy.putAll(apis);
        return copy;
    }

    public int longTextLength() {
        return longTextLength;
    }

    public int tokenFailsEveryNthCall() {
        return tokenFailsEveryNthCall;
    }

    /** The first token call that fails (0 when none does). */
    public int tokenFirstFailingCall() {
        return tokenFirstFailingCall;
    }

    void setFrom(HostileAnswers other) {
        apis.clear();
        apis.putAll(other.apis);
        longTextLength = other.longTextLength;
        tokenFailsEveryNthCall = other.tokenFailsEveryNthCall;
        tokenFirstFailingCall = other.tokenFirstFailingCall;
        tokenCalls.set(0);
    }

    void restartSequence() {
        tokenCalls.set(0);
    }

    /** Counts a token call; true when this one is to fail. */
    boolean nextTokenCallFails() {
        int n = tokenFailsEveryNthCall;
        if (n <= 0) {
            return false;
        }
        long call = tokenCalls.incrementAndGet();
        return call >= tokenFirstFailingCall && (call - tokenFirstFailingCall) % n == 0;
    }

    /** {@code text} made {@link #longTexts long}, or unchanged. */
    String lengthen(String text) {
        int length = longTextLength;
        if (text == null || length <= 0 || text.length() >= length) {
            return text;
        }
        StringBuilder b = new StringBuilder(length).append(text).append(' ');
        while (b.length() < length) {
            b.append("lorem ipsum ");
        }
        b.setLength(length);
        return b.toString();
    }

    private void update(SimulatedApi api, UnaryOperator<ApiSettings> change) {
        apis.compute(Objects.requireNonNull(api, "api"), (k, s) -> {
            ApiSettings next = change.apply(s == null ? ApiSettings.NONE : s);
            return next.isNone() ? null : next;
        });
    }

    @Override
    public String toString() {
        return "HostileAnswers[" + apis + ", longTextLength=" + longTextLength + ", tokenFailsEveryNthCall="
                + tokenFailsEveryNthCall + ", tokenFirstFailingCall=" + tokenFirstFailingCall + "]";
    }
}
