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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.internal.entry.EntryValidationPolicy;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However wrong a contact is, what the component says about it stays readable: a handful of findings and a count, the
 * data extension's fields named once, and at most one rate-limited WARN line per contact.
 */
class BoundedFindingsTest extends SfmcJourneyTestSupport {

    private static final String POLICY_LOGGER = EntryValidationPolicy.class.getName();

    @Test
    void tenThousandUnknownFieldsGiveAMessageOfAFewKilobytes() {
        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(withUnknownFields(10_000)));

        String message =
                result.getException(SfmcJourneyValidationException.class).getMessage();
        assertThat(message.length()).isLessThan(4096);
        assertThat(message)
                .contains("Data field 'Unknown0' is not in data extension")
                .contains("and 9995 more problems like these");
        assertThat(occurrences(message, "Its fields are [ContactKey, FirstName, LastName, Email, Age]"))
                .isEqualTo(1);
    }

    @Test
    void aHugeBadValueIsQuotedShort() {
        Map<String, Object> contact =
                Map.of("ContactKey", "V-1", "Email", "v@example.com", "Age", "9".repeat(5000) + "x");

        Exchange result = template.request(journeyUri(), e -> e.getMessage().setBody(contact));

        String message =
                result.getException(SfmcJourneyValidationException.class).getMessage();
        assertThat(message)
                .contains("Data field 'Age' is a Number field but got '999")
                .contains("(5001 characters)");
        assertThat(message.length()).isLessThan(1024);
    }

    @Test
    void inWarnModeTenThousandUnknownFieldsLogOneShortWarning() {
        try (LogCapture log = LogCapture.start(Map.of())) {
            template.request(
                    journeyUri(KEY, "validation=warn"), e -> e.getMessage().setBody(withUnknownFields(10_000)));

            assertThat(log.lines(Level.WARN, POLICY_LOGGER))
                    .singleElement()
                    .satisfies(line -> assertThat(line.text().length()).isLessThan(4096));
        }
    }

    @Test
    void inWarnModeRepeatedWarningsAreRateLimited() {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            contacts.add(Map.of("ContactKey", "R-" + i, "Email", "r@example.com", "firstname", "Ada"));
        }
        try (LogCapture log = LogCapture.start(Map.of())) {
            for (Map<String, Object> contact : contacts) {
                template.request(
                        journeyUri(KEY, "validation=warn"), e -> e.getMessage().setBody(contact));
            }

            assertThat(log.lines(Level.WARN, POLICY_LOGGER)).hasSize(10);
        }
        assertThat(simulator().stats().entryRequests()).isEqualTo(30);
    }

    private static Map<String, Object> withUnknownFields(int count) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("ContactKey", "U-1");
        contact.put("Email", "u@example.com");
        for (int i = 0; i < count; i++) {
            contact.put("Unknown" + i, "value " + i);
        }
        return contact;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
