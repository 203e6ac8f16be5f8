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

/**
 * Token requests seen by the simulator while {@code credentials} sets of credentials entered contacts for
 * {@code seconds}, with tokens living {@code lifetimeSeconds} and refreshed {@code refreshMarginSeconds} early.
 */
public record TokenEconomyResult(
        int credentials,
        int callersPerCredentials,
        double seconds,
        int lifetimeSeconds,
        int refreshMarginSeconds,
        long contacts,
        long tokenRequests) {

    /** How long a token is used before it is refreshed. */
    public double refreshPeriodSeconds() {
        return lifetimeSeconds - refreshMarginSeconds;
    }

    /** Token lifetimes (refresh periods) begun during the run, per credentials: one token each. */
    public long expectedPerCredentials() {
        return 1 + (long) Math.floor(seconds / refreshPeriodSeconds());
    }

    /**
     * One token per lifetime per credentials, give or take the last lifetime: a refresh happens on the first request
     * after the period ends, so the run's final period may or may not have started when it stops.
     */
    public boolean onePerLifetime() {
        long perCredentialsMin = expectedPerCredentials() - 1;
        long perCredentialsMax = expectedPerCredentials();
        return tokenRequests >= perCredentialsMin * credentials && tokenRequests <= perCredentialsMax * credentials;
    }
}
