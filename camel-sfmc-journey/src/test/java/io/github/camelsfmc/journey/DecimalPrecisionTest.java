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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.FieldType;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decimal reaches SFMC with every digit, from a BigDecimal or from a JSON string body, single or in a batch; one that
 * does not fit the field's precision is refused, and one with more fraction digits than its scale is flagged.
 */
class DecimalPrecisionTest extends SfmcJourneyTestSupport {

    private static final String DECIMAL_KEY = "Decimal-Event";
    private static final BigDecimal BALANCE = new BigDecimal("12345678901234567.10");

    @AfterEach
    void removeJourney() {
        simulator().removeJourney(DECIMAL_KEY);
    }

    @Test
    void aBigDecimalInASingleContactKeepsItsDigits() {
        journey();

        Exchange result = send(Map.of("ContactKey", "D-1", "Balance", BALANCE));

        assertThat(result.getException()).isNull();
        assertThat(simulator().entered(DECIMAL_KEY).get(0).data().get("Balance"))
                .isEqualTo(BALANCE);
    }

    @Test
    void aDecimalInAJsonStringBodyKeepsItsDigitsInABatch() {
        journey();

        Exchange result = send(List.of("{\"ContactKey\":\"D-2\",\"Balance\":12345678901234567.10}"));

        assertThat(result.getException()).isNull();
        assertThat(simulator().entered(DECIMAL_KEY).get(0).data().get("Balance"))
                .isEqualTo(BALANCE);
    }

    @Test
    void aValueWithMoreWholeDigitsThanTheFieldHoldsIsRefusedBeforeAnythingIsSent() {
        journey();
        BigDecimal tooLarge = new BigDecimal("123456789012345678901234567890.5");

        Exchange result = send(Map.of("ContactKey", "D-3", "Balance", tooLarge));

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("Decimal(20,2)")
                .hasMessageContaining("at most 18 digits before the decimal point, but got 30");
        assertThat(simulator().stats().entryRequests()).isZero();
    }

    @Test
    void moreFractionDigitsThanTheScaleAreSentWithAWarning() {
        journey();

        Exchange result = send(Map.of("ContactKey", "D-4", "Balance", new BigDecimal("10.125")));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.WARNINGS, List.class))
                .singleElement()
                .asString()
                .contains("SFMC keeps 2 and rounds the rest");
    }

    private Exchange send(Object body) {
        return template.request(
                journeyUri(DECIMAL_KEY, null), e -> e.getMessage().setBody(body));
    }

    private void journey() {
        simulator()
                .addJourney(Journey.builder(DECIMAL_KEY)
                        .status(JourneyStatus.PUBLISHED)
                        .entryMode(EntryMode.MULTIPLE_ENTRIES)
                        .field(DataExtensionField.primaryKey("ContactKey", 50))
                        .field(DataExtensionField.of("Balance", FieldType.DECIMAL)
                                .length(20)
                                .scale(2))
                        .build());
    }
}
