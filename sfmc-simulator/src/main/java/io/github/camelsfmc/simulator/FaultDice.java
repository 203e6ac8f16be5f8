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

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/** The repeatable dice of {@link Faults}: the n-th faultable request after a seed always draws the same outcome. */
final class FaultDice {
    /** What a faultable request gets from the dice. */
    enum Outcome {
        NONE,
        THROTTLED,
        SERVER_ERROR,
        RESET_AFTER_READ
    }

    private FaultDice() {}

    static Outcome draw(long seed, AtomicLong sequence, double throttle, double error, double reset) {
        if (throttle <= 0 && error <= 0 && reset <= 0) {
            return Outcome.NONE;
        }
        long n = sequence.getAndIncrement();
        double x = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n).nextDouble();
        if (x < throttle) {
            return Outcome.THROTTLED;
        }
        if (x < throttle + error) {
            return Outcome.SERVER_ERROR;
        }
        if (x < throttle + error + reset) {
            return Outcome.RESET_AFTER_READ;
        }
        return Outcome.NONE;
    }
}
