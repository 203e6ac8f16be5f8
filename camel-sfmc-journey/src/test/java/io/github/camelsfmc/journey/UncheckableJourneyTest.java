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
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the installed package may not read the journey (no Journeys Read or Data Extensions Read), the component cannot
 * check contacts: it says so once, at start, and sends them.
 */
class UncheckableJourneyTest extends ScriptedSfmcTestSupport {

    @Test
    void withoutReadPermissionsItWarnsOnceAndSendsEveryContact() {
        try (LogCapture log = LogCapture.start(Map.of())) {
            for (int i = 0; i < 3; i++) {
                String key = "U-" + i;
                Exchange result = template.request(
                        sfmc.journeyUriWithDefaultChecks(null),
                        e -> e.getMessage().setBody(Map.of("ContactKey", key, "Anything", "goes")));
                assertThat(result.getException()).isNull();
            }

            assertThat(sfmc.entryRequests()).hasSize(3);
            assertThat(log.lines(Level.WARN, "io.github.camelsfmc"))
                    .singleElement()
                    .satisfies(line -> assertThat(line.text())
                            .contains("could not read the event definition")
                            .contains("Insufficient privileges")
                            .contains("contacts are sent unchecked"));
        }
    }
}
