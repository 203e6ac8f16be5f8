package io.github.camelsfmc.benchmarks;

/**
 * One end-to-end run: {@code contacts} sent by {@code variant} with {@code concurrency} requests in flight.
 *
 * @param delivered       contacts the route saw queued by SFMC
 * @param failed          contacts the route saw fail
 * @param entered         contacts the simulator recorded as entered (the ground truth)
 * @param tokenRequests   POST /v2/token the simulator received during the run
 * @param entryRequests   entry API requests the simulator received during the run
 * @param limit           theoretical limit in contacts/second: C x contacts per request / latency
 */
public record RunResult(Variant variant, int concurrency, long contacts, long delivered, long failed, long entered,
        double seconds, long tokenRequests, long entryRequests, double limit) {

    public double contactsPerSecond() {
        return delivered / seconds;
    }

    public double fractionOfLimit() {
        return contactsPerSecond() / limit;
    }

    /** Mean time a request was in flight as observed from the throughput: C x contacts per request / rate. */
    public double impliedRequestMillis(int batchSize) {
        return concurrency * variant.contactsPerRequest(batchSize) * 1000.0 / contactsPerSecond();
    }

    /** Every contact delivered, and the simulator entered exactly those. */
    public boolean countsAgree() {
        return failed == 0 && delivered == contacts && entered == contacts;
    }
}
