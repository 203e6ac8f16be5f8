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
package io.github.camelsfmc.simulator;

/**
 * The journey a simulator has when nothing else is configured: published, MultipleEntries, event definition key
 * {@value SfmcSimulator#DEFAULT_EVENT_DEFINITION_KEY}, fields ContactKey (primary key), FirstName, LastName, Email
 * and Age.
 */
final class DefaultJourney {
    private DefaultJourney() {}

    static Journey.Builder builder() {
        return Journey.builder(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY)
                .name("Sim Welcome Journey")
                .status(JourneyStatus.PUBLISHED)
                .entryMode(EntryMode.MULTIPLE_ENTRIES)
                .field(DataExtensionField.primaryKey("ContactKey", 50))
                .field(DataExtensionField.text("FirstName", 100))
                .field(DataExtensionField.text("LastName", 100))
                .field(DataExtensionField.email("Email"))
                .field(DataExtensionField.number("Age"));
    }
}
