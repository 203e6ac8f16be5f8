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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;
import io.github.camelsfmc.simulator.junit.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preflight reads every version of the journeys an event definition key starts, and the version that accepts entries
 * decides, as Journey Builder documents it.
 */
class JourneyVersionsTest extends ScriptedSfmcTestSupport {

    private final ScriptedJourney journey = new ScriptedJourney().field("Name", "Text", true);
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-05T10:00:00Z"));
    private SfmcJourneyEndpoint endpoint;

    private Exchange send(String contactKey) {
        if (endpoint == null) {
            sfmc.reads(journey);
            endpoint = context.getEndpoint(sfmc.journeyUriWithDefaultChecks(null), SfmcJourneyEndpoint.class);
            endpoint.useGuardClock(clock);
        }
        return template.request(endpoint, e -> e.getMessage().setBody(Map.of("ContactKey", contactKey, "Name", "Ada")));
    }

    @Test
    void aNewerDraftOverARunningVersionSendsToTheRunningOne() {
        journey.version("Welcome", 3, "Published").version("Welcome", 4, "Draft");

        Exchange result = send("C-1");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS)).isNull();
        assertThat(sfmc.entryRequests()).hasSize(1);
        assertThat(sfmc.readRequests()).anyMatch(read -> read.contains("mostRecentVersionOnly=false"));
    }

    @Test
    void aJourneyWithOnlyADraftIsRefused() {
        journey.version("Welcome", 1, "Draft");

        Exchange result = send("C-1");

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("version 1")
                .hasMessageContaining("Draft and was never activated");
        assertThat(sfmc.entryRequests()).isEmpty();
    }

    @Test
    void aPausedJourneyIsRefusedNamingWhatSfmcDoesAndTheOptionToSendAnyway() {
        journey.version("Welcome", 2, "Paused").version("Welcome", 3, "Draft");

        Exchange result = send("C-1");

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("(version 2) using 'Scripted-Event' is Paused")
                .hasMessageContaining("drops contacts that enter a paused journey unless it was paused with queueing")
                .hasMessageContaining("validation=warn");
        assertThat(result.getException().getMessage()).doesNotContain("may hold");
        assertThat(sfmc.entryRequests()).isEmpty();
    }

    @Test
    void aFinishingVersionWithNoRunningOneIsSentWithAWarningForTenMinutes() {
        journey.version("Welcome", 3, "Unpublished").version("Welcome", 4, "Draft");

        Exchange first = send("C-1");
        clock.advance(Duration.ofMinutes(9));
        Exchange later = send("C-2");

        for (Exchange result : List.of(first, later)) {
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS, List.class))
                    .singleElement()
                    .asString()
                    .contains("(version 3) using 'Scripted-Event' is Finishing")
                    .contains("may still admit contacts for up to 10 minutes");
        }
        assertThat(sfmc.entryRequests()).hasSize(2);
    }

    @Test
    void aStoppedVersionIsRefusedOnceThisEndpointHasSeenItStoppedForTenMinutes() {
        journey.version("Welcome", 3, "Stopped");
        send("C-1");

        clock.advance(Duration.ofMinutes(10));
        Exchange result = send("C-2");

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("is Stopped")
                .hasMessageContaining("since at least 10 minutes");
        assertThat(sfmc.entryRequests()).hasSize(1);
    }

    @Test
    void publishingANewVersionWhileEntriesFlowKeepsThemEntering() throws Exception {
        journey.version("Welcome", 3, "Published").version("Welcome", 4, "Draft");
        send("C-1");

        journey.status("Welcome", 3, "Unpublished").status("Welcome", 4, "Published");
        endpoint.preflight();
        clock.advance(Duration.ofMinutes(30));
        Exchange result = send("C-2");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS)).isNull();
        assertThat(sfmc.entryRequests()).hasSize(2);
    }

    @Test
    void aStatusTheComponentDoesNotKnowLeavesTheJourneyStateUncheckedAndTheContactIsSent() {
        journey.version("Welcome", 1, "ScheduledToPublish");

        Exchange result = send("C-1");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS, List.class))
                .singleElement()
                .asString()
                .contains("journey state not checked")
                .contains("ScheduledToPublish");
    }
}
