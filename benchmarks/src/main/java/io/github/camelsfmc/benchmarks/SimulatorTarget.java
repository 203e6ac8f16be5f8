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

import io.github.camelsfmc.simulator.SfmcSimulator;

/** Where and as whom the routes connect: the simulator's base URL and one set of API credentials. */
public record SimulatorTarget(String baseUrl, String clientId, String clientSecret) {

    public static SimulatorTarget defaultClient(SfmcSimulator sim) {
        return new SimulatorTarget(sim.baseUrl(), SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET);
    }

    /** An sfmc-journey endpoint URI for the benchmark journey, with {@code extraOptions} ("&a=b...") appended. */
    public String sfmcJourneyUri(String extraOptions) {
        return "sfmc-journey:" + BenchmarkJourney.EVENT_DEFINITION_KEY
                + "?clientId=" + clientId
                + "&clientSecret=RAW(" + clientSecret + ")"
                + "&authUrl=RAW(" + baseUrl + ")"
                + extraOptions;
    }
}
