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
package io.github.camelsfmc.examples.springboot;

import java.util.List;
import java.util.stream.IntStream;

import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

/**
 * The journey the embedded simulator serves: contacts C0001 to C0100 are known to it and enter; any other ContactKey
 * is accepted by the API and then dropped by journey processing, which the status API reports as errored.
 */
final class SampleJourney {

    static final String EVENT_DEFINITION_KEY = "SpringBoot-Welcome-Event";

    private SampleJourney() {}

    static Journey journey() {
        List<String> known = IntStream.rangeClosed(1, 100)
                .mapToObj(n -> String.format("C%04d", n))
                .toList();
        return Journey.builder(EVENT_DEFINITION_KEY)
                .name("Spring Boot Welcome")
                .status(JourneyStatus.PUBLISHED)
                .entryMode(EntryMode.MULTIPLE_ENTRIES)
                .field(DataExtensionField.primaryKey("ContactKey", 50))
                .field(DataExtensionField.text("FirstName", 100))
                .field(DataExtensionField.email("Email"))
                .knownContactsOnly(true)
                .knownContacts(known)
                .build();
    }
}
