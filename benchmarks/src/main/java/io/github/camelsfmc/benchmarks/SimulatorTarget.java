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
