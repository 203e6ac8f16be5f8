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

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint remembers entered contact keys only where the journey's entry mode forbids re-entry, and never more
 * than reentryTrackingSize of them.
 */
class ReentryTrackingTest extends SfmcJourneyTestSupport {

    private static final String REENTRY_KEY = "Reentry-Event";

    @AfterEach
    void removeJourney() {
        simulator().removeJourney(REENTRY_KEY);
    }

    @Test
    void aJourneyThatAllowsReentryCostsNoTracking() {
        journey(EntryMode.MULTIPLE_ENTRIES);

        SfmcJourneyEndpoint endpoint = sendContacts("", 5);

        assertThat(simulator().entryCount(REENTRY_KEY)).isEqualTo(5);
        assertThat(endpoint.getEntryGuard().trackedContactKeys()).isZero();
    }

    @Test
    void aJourneyThatForbidsReentryHasItsEnteredKeysTracked() {
        journey(EntryMode.ONCE_AND_DONE);

        SfmcJourneyEndpoint endpoint = sendContacts("", 5);

        assertThat(endpoint.getEntryGuard().trackedContactKeys()).isEqualTo(5);
    }

    @Test
    void trackingKeepsAtMostReentryTrackingSizeKeys() {
        journey(EntryMode.SINGLE_ENTRY_ACROSS_ALL_VERSIONS);

        SfmcJourneyEndpoint endpoint = sendContacts("reentryTrackingSize=3", 5);

        assertThat(simulator().entryCount(REENTRY_KEY)).isEqualTo(5);
        assertThat(endpoint.getEntryGuard().trackedContactKeys()).isEqualTo(3);
    }

    private SfmcJourneyEndpoint sendContacts(String options, int count) {
        String uri = journeyUri(REENTRY_KEY, options);
        for (int i = 0; i < count; i++) {
            Map<String, Object> contact = Map.of("ContactKey", "T-" + i, "Email", "t@example.com");
            assertThat(template.request(uri, e -> e.getMessage().setBody(contact))
                            .getException())
                    .isNull();
        }
        return context.getEndpoint(uri, SfmcJourneyEndpoint.class);
    }

    private void journey(EntryMode entryMode) {
        simulator()
                .addJourney(Journey.builder(REENTRY_KEY)
                        .name("Reentry journey")
                        .status(JourneyStatus.PUBLISHED)
                        .entryMode(entryMode)
                        .field(DataExtensionField.primaryKey("ContactKey", 50))
                        .field(DataExtensionField.email("Email").required())
                        .build());
    }
}
