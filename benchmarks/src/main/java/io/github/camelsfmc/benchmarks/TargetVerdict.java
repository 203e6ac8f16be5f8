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

/** One target of issue 9: its status, what was measured, and, when missed, by how much and why. */
public record TargetVerdict(String target, Status status, String measured, String analysis) {

    public enum Status {
        PASS,
        FAIL,
        NOT_MEASURED
    }

    public static TargetVerdict of(String target, boolean pass, String measured, String analysisIfMissed) {
        return new TargetVerdict(target, pass ? Status.PASS : Status.FAIL, measured, pass ? "" : analysisIfMissed);
    }

    public static TargetVerdict notMeasured(String target, String why) {
        return new TargetVerdict(target, Status.NOT_MEASURED, "-", why);
    }
}
