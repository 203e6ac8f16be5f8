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
package io.github.camelsfmc.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.FieldType;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

/**
 * The journey every benchmark enters: a published, multiple-entry journey whose data extension has the ten fields of
 * {@link #contact(long)}, so the simulator admits every contact and its entry count is the delivered count.
 */
public final class BenchmarkJourney {

    public static final String EVENT_DEFINITION_KEY = "Bench-Entry-Event";
    public static final int FIELD_COUNT = 10;

    private BenchmarkJourney() {}

    public static Journey journey() {
        return Journey.builder(EVENT_DEFINITION_KEY)
                .name("Benchmark Journey")
                .status(JourneyStatus.PUBLISHED)
                .entryMode(EntryMode.MULTIPLE_ENTRIES)
                .field(DataExtensionField.primaryKey("ContactKey", 50))
                .field(DataExtensionField.text("FirstName", 100))
                .field(DataExtensionField.text("LastName", 100))
                .field(DataExtensionField.email("Email"))
                .field(DataExtensionField.number("Age"))
                .field(DataExtensionField.text("City", 100))
                .field(DataExtensionField.text("Country", 2))
                .field(DataExtensionField.text("Segment", 50))
                .field(DataExtensionField.number("LoyaltyPoints"))
                .field(DataExtensionField.of("SignupDate", FieldType.DATE))
                .build();
    }

    /** A fresh 10-field contact, as a route would have it after reading a row or a message. */
    public static Map<String, Object> contact(long n) {
        Map<String, Object> contact = new LinkedHashMap<>(16);
        contact.put("ContactKey", "bench-" + n);
        contact.put("FirstName", "Ada");
        contact.put("LastName", "Lovelace");
        contact.put("Email", "ada" + n + "@example.com");
        contact.put("Age", 36);
        contact.put("City", "London");
        contact.put("Country", "GB");
        contact.put("Segment", n % 2 == 0 ? "gold" : "silver");
        contact.put("LoyaltyPoints", n % 1000);
        contact.put("SignupDate", "2024-01-15");
        return contact;
    }
}
