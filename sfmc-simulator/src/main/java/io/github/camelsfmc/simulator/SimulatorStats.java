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
 * @param resetAfterReadRequests requests read in full and left without an answer ({@link Faults#resetAfterReadRate})
 */
public record SimulatorStats(
        long tokenRequests,
        long tokensIssued,
        long singleEventRequests,
        long batchEventRequests,
        long entryRequests,
        long throttledResponses,
        long serverErrorResponses,
        long unauthorizedResponses,
        long totalRequests,
        long contactsEntered,
        long contactsDropped,
        long concurrencyBlockedResponses,
        long resetAfterReadRequests) {}
