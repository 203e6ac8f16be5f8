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

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.PauseMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey versions as the bundled simulator serves them (mostRecentVersionOnly, Draft over Running, publishing), with
 * the endpoint's default options: a newer Draft never stops entries into the running version.
 */
class JourneyVersionsOnSimulatorTest extends SfmcJourneyTestSupport {

    private Exchange send(String contactKey) {
        return template.request(journeyUri(), e -> e.getMessage().setBody(Map.of("ContactKey", contactKey)));
    }

    @Test
    void aDraftVersionAboveTheRunningOneLetsContactsIntoTheRunningVersion() {
        simulator().journey(KEY).createDraftVersion();

        Exchange result = send("V-1");

        assertThat(result.getException()).isNull();
        assertThat(simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("V-1");
        assertThat(simulator().entered(KEY).get(0).version()).isEqualTo(1);
    }

    @Test
    void afterTheDraftIsPublishedContactsEnterTheNewVersion() {
        simulator().journey(KEY).createDraftVersion();
        assertThat(send("V-2").getException()).isNull();

        simulator().journey(KEY).publishNewVersion();
        Exchange afterPublishing = send("V-3");

        assertThat(afterPublishing.getException()).isNull();
        assertThat(simulator().entered(KEY)).extracting(Entry::contactKey).containsExactly("V-2", "V-3");
        assertThat(simulator().entered(KEY).get(1).version()).isEqualTo(2);
    }

    @Test
    void aRunningVersionPausedToDropRefusesContactsNamingHowToSendAnyway() {
        simulator().journey(KEY).pause(PauseMode.DROP);

        Exchange result = send("V-4");

        assertThat(result.getException()).hasMessageContaining("validation=warn");
        assertThat(simulator().stats().entryRequests()).isZero();
    }
}
