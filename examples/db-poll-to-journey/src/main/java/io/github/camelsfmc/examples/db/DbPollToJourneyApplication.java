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
package io.github.camelsfmc.examples.db;

import java.util.Map;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

/**
 * Fills an in-memory customer table with 250 new customers and one without a contact key, polls it into a journey
 * until no row is NEW, and prints the statuses. Uses Marketing Cloud when the {@code SFMC_*} environment variables
 * are set, else the SFMC simulator in-process.
 */
public final class DbPollToJourneyApplication {

    public static final String SAMPLE_EVENT_DEFINITION_KEY = "New-Customer-Event";

    private DbPollToJourneyApplication() {}

    public static Journey sampleJourney() {
        return Journey.builder(SAMPLE_EVENT_DEFINITION_KEY)
                .name("New Customer Welcome")
                .status(JourneyStatus.PUBLISHED)
                .entryMode(EntryMode.MULTIPLE_ENTRIES)
                .field(DataExtensionField.primaryKey("ContactKey", 50))
                .field(DataExtensionField.text("FirstName", 100))
                .field(DataExtensionField.email("Email"))
                .build();
    }

    public static void main(String[] args) throws Exception {
        CustomerDatabase db = new CustomerDatabase("customers");
        for (int i = 1; i <= 250; i++) {
            db.insert("N%04d".formatted(i), "Customer " + i, "n" + i + "@example.com");
        }
        db.insert(null, "No Key", "nokey@example.com");
        try (SfmcTarget target = SfmcTarget.fromEnvironment(System.getenv(), sampleJourney());
                DbPollToJourney app =
                        DbPollToJourney.create(db.dataSource(), target, Map.of("app.poll-delay-ms", "500"))) {
            System.out.println(target.describe());
            app.start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (db.count("NEW") > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            System.out.println("Summary: " + db.count("SENT") + " rows SENT, " + db.count("FAILED") + " FAILED, "
                    + db.count("NEW") + " still NEW");
            System.out.println("  FAILED nokey@example.com: " + db.failureReason("nokey@example.com"));
        }
    }
}
