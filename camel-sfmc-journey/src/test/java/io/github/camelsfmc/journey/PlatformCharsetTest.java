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

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests are UTF-8 whatever the JVM's platform charset. The build runs this class once more on a JVM started with
 * {@code -Dfile.encoding=ISO-8859-1} (surefire execution latin-1-platform-charset).
 */
class PlatformCharsetTest extends SfmcJourneyTestSupport {

    private static final String NON_ASCII_KEY = "Bienvenue-Été-Event";

    @AfterEach
    void removeJourney() {
        simulator().removeJourney(NON_ASCII_KEY);
    }

    @Test
    void aBatchWithNonAsciiKeysReachesSfmcIntact() {
        String expected = System.getProperty("sfmc.expectedPlatformCharset");
        if (expected != null) {
            assertThat(Charset.defaultCharset().name()).isEqualTo(expected);
        }
        simulator()
                .addJourney(Journey.builder(NON_ASCII_KEY)
                        .name("Journée")
                        .status(JourneyStatus.PUBLISHED)
                        .entryMode(EntryMode.MULTIPLE_ENTRIES)
                        .field(DataExtensionField.primaryKey("ContactKey", 50))
                        .field(DataExtensionField.text("FirstName", 20))
                        .build());
        List<Map<String, Object>> contacts = List.of(
                Map.of("ContactKey", "Zoë-1", "FirstName", "Zoë"),
                Map.of("ContactKey", "Łukasz-2", "FirstName", "Łukasz"));

        Exchange result = template.request(
                journeyUri(NON_ASCII_KEY, null), e -> e.getMessage().setBody(contacts));

        assertThat(result.getException()).isNull();
        assertThat(simulator().entered(NON_ASCII_KEY))
                .extracting(Entry::contactKey)
                .containsExactlyInAnyOrder("Zoë-1", "Łukasz-2");
    }
}
