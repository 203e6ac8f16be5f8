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
package io.github.camelsfmc.examples.file;

import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

/**
 * Imports the CSV files dropped in {@code work/input} into a Journey Builder journey. With the {@code SFMC_*}
 * environment variables set it talks to Marketing Cloud; without them it starts the SFMC simulator in-process with a
 * journey whose entry data extension matches {@code data/contacts.csv}.
 */
public final class FileToJourneyApplication {

    public static final String SAMPLE_EVENT_DEFINITION_KEY = "Contacts-Import-Event";

    /**
     * Rows of data/contacts.csv whose contacts are not in the simulated Contact Builder. The sample journey admits
     * known contacts only, so SFMC queues these six and journey processing then errors them: a drop that neither the
     * component's validation nor the batch answer can see, only the status API.
     */
    public static final Set<Long> SAMPLE_ROWS_UNKNOWN_TO_SFMC = Set.of(58L, 213L, 377L, 512L, 804L, 946L);

    private FileToJourneyApplication() {}

    /** The simulator's journey for the sample: the columns of data/contacts.csv, known contacts only. */
    public static Journey sampleJourney() {
        List<String> known = LongStream.rangeClosed(1, 1000)
                .filter(row -> !SAMPLE_ROWS_UNKNOWN_TO_SFMC.contains(row))
                .mapToObj(row -> String.format("C%06d", row))
                .toList();
        return journeyWithSampleFields()
                .knownContactsOnly(true)
                .knownContacts(known)
                .build();
    }

    /** A journey with the columns of data/contacts.csv as its entry data extension, admitting any contact. */
    public static Journey.Builder journeyWithSampleFields() {
        return Journey.builder(SAMPLE_EVENT_DEFINITION_KEY)
                .name("Contacts Import Welcome")
                .status(JourneyStatus.PUBLISHED)
                .entryMode(EntryMode.MULTIPLE_ENTRIES)
                .field(DataExtensionField.primaryKey("ContactKey", 50))
                .field(DataExtensionField.text("FirstName", 100))
                .field(DataExtensionField.text("LastName", 100))
                .field(DataExtensionField.email("Email"))
                .field(DataExtensionField.text("City", 100))
                .field(DataExtensionField.number("Age"));
    }

    public static void main(String[] args) throws Exception {
        FileToJourneySettings settings = FileToJourneySettings.load();
        try (SfmcTarget target = SfmcTarget.fromEnvironment(System.getenv(), sampleJourney())) {
            System.out.println(target.describe());
            System.out.println((settings.oneShot() ? "Importing the CSV files in " : "Watching ")
                    + settings.inputDirectory() + " (processed files go to " + settings.doneDirectory() + ")");
            ImportSummary summary = FileToJourney.run(settings, target);
            System.out.println(summary.toText());
            target.simulator()
                    .ifPresent(sim ->
                            System.out.println("Simulator's ledger: " + sim.entryCount(target.eventDefinitionKey())
                                    + " contacts in journey '" + target.eventDefinitionKey() + "', "
                                    + sim.dropCount(target.eventDefinitionKey()) + " dropped in journey processing, "
                                    + sim.stats().batchEventRequests()
                                    + " batch entry requests"));
        }
    }
}
