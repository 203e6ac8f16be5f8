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
 * A hung SFMC fails the exchange after requestTimeout instead of holding it forever, and says the outcome is unknown.
 */
class TimeoutTest extends SfmcJourneyTestSupport {

    @Test
    void aSingleEntryWithoutAnswerWithinRequestTimeoutFailsWithAnUnknownOutcome() {
        simulator().faults().latencyMillis(5_000);
        Map<String, Object> contact = Map.of("ContactKey", "T-1");

        Exchange result = template.request(
                journeyUri(KEY, "requestTimeout=300&preflight=off&validation=off"),
                e -> e.getMessage().setBody(contact));

        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure).isNotNull();
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getMessage()).contains("requestTimeout=300");
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
    }

    @Test
    void aBatchWithoutAnswerWithinRequestTimeoutFailsEveryContactWithAnUnknownOutcome() {
        simulator().faults().latencyMillis(5_000);
        List<Map<String, Object>> contacts = List.of(Map.of("ContactKey", "T-2"), Map.of("ContactKey", "T-3"));

        Exchange result = template.request(
                journeyUri(KEY, "requestTimeout=300&preflight=off&validation=off"),
                e -> e.getMessage().setBody(contacts));

        SfmcJourneyException failure = (SfmcJourneyException) result.getException();
        assertThat(failure).isNotNull();
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getUndeliveredContacts()).containsExactlyElementsOf(contacts);
    }
}
