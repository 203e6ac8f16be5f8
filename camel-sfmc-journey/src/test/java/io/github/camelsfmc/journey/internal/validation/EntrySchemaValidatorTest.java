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
package io.github.camelsfmc.journey.internal.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelsfmc.journey.internal.payload.DataExtensionFields.Field;
import io.github.camelsfmc.journey.model.EntryEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator on its own: Date values (the cheap yyyy-MM-dd check decides exactly what the java.time parsers would),
 * and the required and key fields of a wide data extension, which are worked out once per schema.
 */
class EntrySchemaValidatorTest {

    private static final Field KEY = new Field("ContactKey", "Text", 10, null, true, false, null);
    private static final Field BIRTHDAY = new Field("Birthday", "Date", null, null, false, true, null);

    private static EntryEvent contact(String key, Map<String, Object> data) {
        return new EntryEvent(key, new LinkedHashMap<>(data));
    }

    private static List<String> birthday(String value) {
        return EntrySchemaValidator.validate(
                contact("42", Map.of("Birthday", value)), new EntrySchema("People", List.of(KEY, BIRTHDAY)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-01-15",
                "2024-02-29",
                "2000-02-29",
                "0000-01-01",
                "9999-12-31",
                "2024-01-15T10:15:30",
                "2024-01-15T10:15:30+01:00",
                "+12024-01-15"
            })
    void anIsoDateOrDateTimeFitsADateField(String value) {
        assertThat(birthday(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-02-29",
                "1900-02-29",
                "2024-04-31",
                "2024-13-01",
                "2024-00-10",
                "2024-01-00",
                "２０２４-01-15",
                "2024-01-15x",
                "yesterday",
                ""
            })
    void anythingElseInADateFieldIsAFinding(String value) {
        assertThat(birthday(value)).singleElement().asString().contains("'Birthday' is a Date field but got");
    }

    /** Forms SFMC may read by the account's locale: sent, with a doubt, not refused (see ValueFormats). */
    @ParameterizedTest
    @ValueSource(strings = {"2024-1-15", "15/01/2024", "2024/01/15"})
    void aLocaleFormedDateIsADoubtNotARefusal(String value) {
        EntrySchemaValidator.SchemaFindings findings = EntrySchemaValidator.check(
                contact("42", Map.of("Birthday", value)), new EntrySchema("People", List.of(KEY, BIRTHDAY)), null);

        assertThat(findings.refusals()).isEmpty();
        assertThat(findings.doubts()).singleElement().asString().contains("'Birthday'");
    }

    @Test
    void aContactThatFitsHasNoFindings() {
        assertThat(birthday("2024-01-15")).isEmpty();
    }

    @Test
    void aRequiredFieldFarDownAWideDataExtensionIsStillMissed() {
        List<Field> fields = new ArrayList<>(List.of(KEY));
        for (int i = 0; i < 98; i++) {
            fields.add(new Field("Optional" + i, "Text", 50, null, false, true, null));
        }
        fields.add(new Field("Region", "Text", 50, null, false, false, null));

        List<String> findings =
                EntrySchemaValidator.validate(contact("42", Map.of("Optional7", "x")), new EntrySchema("Wide", fields));

        assertThat(findings).containsExactly("Required field 'Region' of data extension 'Wide' is missing");
    }

    @Test
    void aKeyFieldLeftOutOfDataLimitsTheContactKeyWhereverItStands() {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fields.add(new Field("Optional" + i, "Text", 50, null, false, true, null));
        }
        fields.add(KEY);

        List<String> findings =
                EntrySchemaValidator.validate(contact("12345678901", Map.of()), new EntrySchema("Wide", fields));

        assertThat(findings)
                .containsExactly("ContactKey is 11 characters long; the key field 'ContactKey' of data extension"
                        + " 'Wide' holds at most 10");
    }

    @Test
    void aFieldNamedTwiceIsJudgedByItsLastDefinition() {
        Field optionalRegion = new Field("Region", "Text", 50, null, false, true, null);
        Field requiredRegion = new Field("Region", "Text", 50, null, false, false, null);

        assertThat(EntrySchemaValidator.validate(
                        contact("42", Map.of()), new EntrySchema("Twice", List.of(requiredRegion, optionalRegion))))
                .isEmpty();
        assertThat(EntrySchemaValidator.validate(
                        contact("42", Map.of()), new EntrySchema("Twice", List.of(optionalRegion, requiredRegion))))
                .containsExactly("Required field 'Region' of data extension 'Twice' is missing");
    }
}
