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
package io.github.camelsfmc.examples.jms;

import java.util.ArrayList;
import java.util.List;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

/**
 * Starts an embedded Artemis broker and the JMS-to-journey routes, puts 200 sample contacts and 2 broken ones on the
 * queue, waits until each was queued or dead-lettered, and prints the outcome. Uses Marketing Cloud when the
 * {@code SFMC_*} environment variables are set, else the SFMC simulator in-process.
 */
public final class JmsToJourneyApplication {

    public static final String SAMPLE_EVENT_DEFINITION_KEY = "Jms-Welcome-Event";

    private JmsToJourneyApplication() {}

    public static Journey sampleJourney() {
        return Journey.builder(SAMPLE_EVENT_DEFINITION_KEY)
                .name("JMS Welcome")
                .status(JourneyStatus.PUBLISHED)
                .entryMode(EntryMode.MULTIPLE_ENTRIES)
                .field(DataExtensionField.primaryKey("ContactKey", 50))
                .field(DataExtensionField.text("FirstName", 100))
                .field(DataExtensionField.email("Email"))
                .build();
    }

    /** 200 contacts, then one without a ContactKey and one that is not JSON. */
    public static List<String> sampleMessages() {
        List<String> messages = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            messages.add("{\"ContactKey\":\"J%04d\",\"FirstName\":\"Contact %d\",\"Email\":\"j%d@example.com\"}"
                    .formatted(i, i, i));
        }
        messages.add("{\"FirstName\":\"No Key\",\"Email\":\"nokey@example.com\"}");
        messages.add("this is not JSON");
        return messages;
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start();
                SfmcTarget target = SfmcTarget.fromEnvironment(System.getenv(), sampleJourney());
                JmsToJourney app = JmsToJourney.start(broker.connectionFactory(), target)) {
            System.out.println(target.describe());
            List<String> messages = sampleMessages();
            messages.forEach(app::send);
            System.out.println("Sent " + messages.size() + " messages to queue " + JmsToJourneyRoutes.CONTACTS_QUEUE);
            long deadline = System.currentTimeMillis() + 60_000;
            while (app.counters().queuedCount() + app.counters().deadLetteredCount() < messages.size()
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            System.out.println("Summary: " + app.counters().queuedCount() + " queued for journey '"
                    + target.eventDefinitionKey() + "', " + app.counters().deadLetteredCount() + " in "
                    + JmsToJourneyRoutes.DEAD_LETTER_QUEUE);
            JmsToJourney.DeadLetter letter;
            while ((letter = app.nextDeadLetter(500)) != null) {
                System.out.println("  dead letter: " + letter.contact());
            }
        }
    }
}
