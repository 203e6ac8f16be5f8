package io.github.camelsfmc.benchmarks;

/**
 * Mean round trip of one single-entry POST, sequentially, with no Camel involved: the JDK HttpClient the component
 * uses (asynchronous, completed on its own threads) against Apache HttpClient 5 classic, which camel-http uses.
 */
public record HttpClientProbeResult(int requestsPerClient, double jdkMillis, double apacheMillis) {

    public double differenceMillis() {
        return jdkMillis - apacheMillis;
    }
}
