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

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection that ends after SFMC has read the request, before it answers, is the true unknown outcome: SFMC may have
 * queued the contacts, so they are handed back as unknown and never sent again behind the route's back.
 */
class ConnectionResetTest extends SfmcJourneyTestSupport {

    private static final String OPTIONS = "preflight=off&validation=off&maximumRetries=3&retryInitialDelay=10";

    @Test
    void aSingleEntryWhoseConnectionIsResetAfterTheRequestWasReadHasAnUnknownOutcomeAndIsNotRetried() {
        simulator().faults().resetAfterReadRate(1.0);
        Map<String, Object> contact = Map.of("ContactKey", "R-1");

        Exchange result =
                template.request(journeyUri(KEY, OPTIONS), e -> e.getMessage().setBody(contact));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getMessage()).contains("may or may not have queued");
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
        assertThat(simulator().stats().entryRequests()).isEqualTo(1);
        assertThat(simulator().stats().resetAfterReadRequests()).isEqualTo(1);
    }

    @Test
    void aBatchWhoseConnectionIsResetAfterTheRequestWasReadHasAnUnknownOutcomeAndIsNotRetried() {
        simulator().faults().resetAfterReadRate(1.0);
        List<Map<String, Object>> contacts = List.of(Map.of("ContactKey", "R-2"), Map.of("ContactKey", "R-3"));

        Exchange result =
                template.request(journeyUri(KEY, OPTIONS), e -> e.getMessage().setBody(contacts));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getUndeliveredContacts()).containsExactlyElementsOf(contacts);
        assertThat(simulator().stats().entryRequests()).isEqualTo(1);
    }
}
