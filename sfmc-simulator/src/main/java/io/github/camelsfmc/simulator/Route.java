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

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One API resource as the {@link Router} sees it: which paths it answers, how a request is let in (faults, access,
 * body) and which {@link Handler} answers each HTTP method. A method without a handler gets 404, as in SFMC.
 * Configured fluently once, when the router is built; read-only afterwards.
 */
final class Route {
    /** Which fault settings apply (see {@link Faults} and {@link FaultInjector}). */
    enum FaultScope {
        /** {@code POST /v2/token}: faults and latency only with {@link Faults#faultTokenEndpoint()}. */
        TOKEN,
        /** The two entry endpoints: always faultable. */
        ENTRY,
        /** Other REST endpoints: latency always, the rest only with {@link Faults#faultAllRestEndpoints()}. */
        REST,
        /** The simulator's own API: never faulted, never delayed. */
        NONE
    }

    /** Who may call. */
    enum Access {
        /** Anyone (the token endpoint authenticates the client itself). */
        OPEN,
        /** A valid bearer token, else 401 errorcode 0. */
        BEARER,
        /** {@code /_sim}: see {@link InspectionGuard}. */
        INSPECTION
    }

    final String name;
    final Predicate<String> matchesLowerPath;
    private FaultScope faults = FaultScope.REST;
    private Access access = Access.BEARER;
    private Function<Counters, LongAdder> counter;
    private boolean jsonObjectBody;
    private final Map<String, Handler> handlers = new HashMap<>();
    private Handler anyMethod;
    private SimulatedApi api;

    private Route(String name, Predicate<String> matchesLowerPath) {
        this.name = name;
        this.matchesLowerPath = matchesLowerPath;
    }

    /** A REST route (bearer token, {@link FaultScope#REST}) for the paths whose lower-cased form matches. */
    static Route matching(String name, Predicate<String> matchesLowerPath) {
        return new Route(name, matchesLowerPath);
    }

    /** A REST route for one path, compared case-insensitively. */
    static Route exact(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return new Route(path, lower::equals);
    }

    Route faults(FaultScope scope) {
        this.faults = scope;
        return this;
    }

    Route access(Access access) {
        this.access = access;
        return this;
    }

    /** Every request to the path (whatever the method or outcome) counts here in {@link SimulatorStats}. */
    Route countedAs(Function<Counters, LongAdder> counter) {
        this.counter = counter;
        return this;
    }

    /** The body must be a JSON object, else 400 errorcode 10004 (checked after auth and the method). */
    Route jsonObjectBody() {
        this.jsonObjectBody = true;
        return this;
    }

    Route get(Handler handler) {
        return on("GET", handler);
    }

    Route post(Handler handler) {
        return on("POST", handler);
    }

    Route on(String method, Handler handler) {
        handlers.put(method, Objects.requireNonNull(handler));
        return this;
    }

    /** One handler for every method; it does its own method checks. */
    Route anyMethod(Handler handler) {
        this.anyMethod = Objects.requireNonNull(handler);
        return this;
    }

    /** The SFMC API this route serves, for per-API faults ({@link HostileAnswers}). */
    Route api(SimulatedApi api) {
        this.api = api;
        return this;
    }

    /** The API, or null for the simulator's own routes. */
    SimulatedApi api() {
        return api;
    }

    FaultScope faults() {
        return faults;
    }

    Access access() {
        return access;
    }

    void count(Counters counters) {
        if (counter != null) {
            counter.apply(counters).increment();
        }
    }

    boolean wantsJsonObjectBody() {
        return jsonObjectBody;
    }

    /** The handler for this method, or null (404). */
    Handler handler(String method) {
        return anyMethod != null ? anyMethod : handlers.get(method);
    }

    @Override
    public String toString() {
        return "Route[" + name + "]";
    }
}
