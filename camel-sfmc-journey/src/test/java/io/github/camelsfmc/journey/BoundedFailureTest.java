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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the simulator's hostile answers and broken bodies do to an exchange: messages stay short however long SFMC's
 * texts are, and a body that fails while it is read still completes the exchange once, naming what it could not send.
 */
class BoundedFailureTest extends SfmcJourneyTestSupport {

    private static final int MAX_MESSAGE_CHARS = 4096;

    @Test
    void aHundredMemberBatchWithVeryLongMemberTextsFailsWithAShortMessage() {
        simulator().journey(KEY).rejectUnknownFields(true);
        simulator().faults().hostile().longTexts(3_000);
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            contacts.add(Map.of("ContactKey", "L-" + i, "Nickname", "n" + i));
        }

        Exchange result = template.request(
                journeyUri(KEY, "validation=off&preflight=off"),
                e -> e.getMessage().setBody(contacts));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.getUndeliveredContacts()).hasSize(100);
        // the long contactKey echoes no longer match the request: an unknown outcome, quoted in short
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getMessage()).contains("First failure").contains("more characters)");
        assertThat(failure.getMessage().length()).isLessThan(MAX_MESSAGE_CHARS);
    }

    @Test
    void aOnePassBodyThatFailsWhileReadCompletesTheExchangeOnceAndIsHandedBack() {
        Iterator<Object> broken = new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return read < 3;
            }

            @Override
            public Object next() {
                if (read++ == 1) {
                    throw new NoSuchElementException("the source went away");
                }
                return Map.of("ContactKey", "I-" + read);
            }
        };

        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(broken));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure.getMessage()).contains("the source went away");
        assertThat(failure.getUndeliveredContacts()).containsExactly(broken);
        assertThat(simulator().stats().entryRequests()).isZero();
    }
}
