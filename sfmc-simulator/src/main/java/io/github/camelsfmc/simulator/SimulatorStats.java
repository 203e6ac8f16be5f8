package io.github.camelsfmc.simulator;

/**
 * A snapshot of the simulator's counters since start or the last {@link SfmcSimulator#reset()}.
 *
 * @param entryRequests every HTTP request to the two entry paths (single + batch), including faulted and 401 ones
 * @param throttledResponses 429 responses (50100 and 50200)
 * @param serverErrorResponses 5xx responses (injected 503s)
 * @param unauthorizedResponses 401 responses (REST and token endpoint)
 * @param contactsEntered contacts recorded as entered, all journeys (addition)
 * @param contactsDropped contacts recorded as silently dropped, all journeys (addition)
 * @param concurrencyBlockedResponses 429 responses with errorcode 50200 (addition)
 */
public record SimulatorStats(long tokenRequests, long tokensIssued, long singleEventRequests, long batchEventRequests,
        long entryRequests, long throttledResponses, long serverErrorResponses, long unauthorizedResponses,
        long totalRequests, long contactsEntered, long contactsDropped, long concurrencyBlockedResponses) {
}
