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
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each data extension field type with the value forms the component sends without a word (accepted), sends with a
 * warning because SFMC may or may not take them (doubtful), and refuses in STRICT because no form of the type can
 * hold them (refused).
 */
class ValueFormatsTest extends ScriptedSfmcTestSupport {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Number|42|accepted",
                "Number|-7|accepted",
                "Number|42.0|accepted",
                "Number|4.5|refused",
                "Number|forty|refused",
                "Number|1,000|doubtful",
                "Number|99999999999|doubtful",
                "Decimal|3.14|accepted",
                "Decimal|-0.5E3|accepted",
                "Decimal|3,14|doubtful",
                "Decimal|pi|refused",
                "Boolean|true|accepted",
                "Boolean|False|accepted",
                "Boolean|1|accepted",
                "Boolean|0|accepted",
                "Boolean|yes|doubtful",
                "Boolean|Y|doubtful",
                "Boolean|maybe|refused",
                "Date|2026-11-23|accepted",
                "Date|2026-11-23T10:15:30|accepted",
                "Date|2026-11-23T10:15:30Z|accepted",
                "Date|2026-11-23T10:15:30+01:00|accepted",
                "Date|2026-11-23 10:15:30|accepted",
                "Date|11/23/2026|doubtful",
                "Date|23.11.2026 10:00|doubtful",
                "Date|11/23/2026 10:00 AM|doubtful",
                "Date|2026-02-30|refused",
                "Date|2024-02-29|accepted",
                "Date|2025-02-29|refused",
                "Date|2026-13-01|refused",
                "Date|2026-11-00|refused",
                "Date|2026-1a-01|refused",
                "Date|tomorrow|refused",
                "EmailAddress|ada@example.com|accepted",
                "EmailAddress|ada@localhost|doubtful",
                "EmailAddress|ada.example.com|refused",
                "EmailAddress|@example.com|refused",
                "EmailAddress|ada lovelace@example.com|refused",
                "Phone|+44 20 7946 0958|accepted",
                "Phone|(555) 123-4567|accepted",
                "Phone|555-CALL-NOW|doubtful",
                "Phone|none|refused",
                "Locale|en-US|accepted",
                "Locale|fr|accepted",
                "Locale|en_GB|accepted",
                "Locale|English|doubtful",
            })
    void aValueIsAcceptedWarnedOrRefusedAsItsFormCalls(String type, String value, String expected) {
        sfmc.reads(new ScriptedJourney().version("Welcome", 1, "Published").field("Value", type, true));

        Exchange result = template.request(
                sfmc.journeyUriWithDefaultChecks(null),
                e -> e.getMessage().setBody(Map.of("ContactKey", "C-1", "Value", value)));

        assertJudged(result, expected);
    }

    static Stream<Arguments> javaNumbers() {
        return Stream.of(
                Arguments.of(42, "accepted"),
                Arguments.of((short) -7, "accepted"),
                Arguments.of((byte) 3, "accepted"),
                Arguments.of(42L, "accepted"),
                Arguments.of(3_000_000_000L, "doubtful"),
                Arguments.of(4.5d, "refused"));
    }

    @ParameterizedTest(name = "Number field, Java {0}: {1}")
    @MethodSource("javaNumbers")
    void aJavaNumberIsJudgedByItsValue(Object value, String expected) {
        sfmc.reads(new ScriptedJourney().version("Welcome", 1, "Published").field("Value", "Number", true));

        Exchange result = template.request(
                sfmc.journeyUriWithDefaultChecks(null),
                e -> e.getMessage().setBody(Map.of("ContactKey", "C-1", "Value", value)));

        assertJudged(result, expected);
    }

    private void assertJudged(Exchange result, String expected) {
        switch (expected) {
            case "accepted" -> {
                assertThat(result.getException()).isNull();
                assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS))
                        .isNull();
                assertThat(sfmc.entryRequests()).hasSize(1);
            }
            case "doubtful" -> {
                assertThat(result.getException()).isNull();
                assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS, List.class))
                        .singleElement()
                        .asString()
                        .contains("Data field 'Value' is a");
                assertThat(sfmc.entryRequests()).hasSize(1);
            }
            default -> {
                assertThat(result.getException())
                        .isInstanceOf(SfmcJourneyValidationException.class)
                        .hasMessageContaining("Data field 'Value'");
                assertThat(sfmc.entryRequests()).isEmpty();
            }
        }
    }
}
