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
package io.github.camelsfmc.journey;

import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.internal.setup.EndpointTransportSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Endpoints with the same transport options share one HTTP client and its pool; the pool is as large as the calls that
 * may be in flight.
 */
class HttpClientSharingTest extends SfmcJourneyTestSupport {

    @Test
    void endpointsWithTheSameTransportOptionsShareOneClient() throws Exception {
        context.getEndpoint(journeyUri(KEY, "preflight=off&batchSize=10")).start();
        context.getEndpoint(journeyUri(KEY, "preflight=off&batchSize=20")).start();

        assertThat(component().getHttpTransports().size()).isEqualTo(1);
    }

    @Test
    void anEndpointWithOtherTransportOptionsGetsItsOwnClient() throws Exception {
        context.getEndpoint(journeyUri(KEY, "preflight=off")).start();
        context.getEndpoint(journeyUri(KEY, "preflight=off&connectTimeout=2000"))
                .start();
        context.getEndpoint(journeyUri(KEY, "preflight=off&connectionIdleTimeout=5000"))
                .start();

        assertThat(component().getHttpTransports().size()).isEqualTo(3);
    }

    @Test
    void theLastEndpointToStopClosesTheSharedClient() throws Exception {
        SfmcJourneyEndpoint first = context.getEndpoint(journeyUri(KEY, "preflight=off"), SfmcJourneyEndpoint.class);
        SfmcJourneyEndpoint second =
                context.getEndpoint(journeyUri(KEY, "preflight=off&batchSize=7"), SfmcJourneyEndpoint.class);
        first.start();
        second.start();

        first.stop();
        assertThat(component().getHttpTransports().size()).isEqualTo(1);
        second.stop();
        assertThat(component().getHttpTransports().size()).isZero();
    }

    @Test
    void thePoolHoldsMaxConcurrentRequestsConnectionsWhenSet() {
        assertThat(endpoint("maxConcurrentRequests=3").transportSettings().maxConnections())
                .isEqualTo(3);
    }

    @Test
    void withoutAConcurrencyLimitThePoolHoldsAtLeastBatchConcurrencyConnections() {
        assertThat(endpoint("batchConcurrency=4").transportSettings().maxConnections())
                .isEqualTo(EndpointTransportSettings.DEFAULT_MAX_CONNECTIONS);
        assertThat(endpoint("batchConcurrency=32").transportSettings().maxConnections())
                .isEqualTo(32);
    }

    private SfmcJourneyEndpoint endpoint(String options) {
        return context.getEndpoint(journeyUri(KEY, "preflight=off&" + options), SfmcJourneyEndpoint.class);
    }

    private SfmcJourneyComponent component() {
        return context.getComponent("sfmc-journey", SfmcJourneyComponent.class);
    }
}
