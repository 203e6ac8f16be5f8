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
package io.github.camelsfmc.examples.crashsafe;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.EntryMode;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.JourneyStatus;

/**
 * Batches the contact files of an inbox into a journey until stopped. Stop it with Ctrl+C (the partial batch is sent)
 * or kill it with {@code kill -9}: the next start on the same database sends what the killed process had collected or
 * sent without an answer.
 * <p>
 * Uses Marketing Cloud when the {@code SFMC_*} environment variables are set; else the simulator named by
 * {@code --simulator-url} (start the standalone simulator, it survives the kill), else one in-process.
 */
public final class CrashSafeBatchingApplication {

    public static final String SAMPLE_EVENT_DEFINITION_KEY = "Crash-Safe-Event";

    private CrashSafeBatchingApplication() {}

    /** Multiple entries, so that a contact sent twice shows twice in the simulator's ledger. */
    public static Journey sampleJourney() {
        return Journey.builder(SAMPLE_EVENT_DEFINITION_KEY)
                .name("Crash-safe Welcome")
                .status(JourneyStatus.PUBLISHED)
                .entryMode(EntryMode.MULTIPLE_ENTRIES)
                .field(DataExtensionField.primaryKey("ContactKey", 50))
                .field(DataExtensionField.text("FirstName", 100))
                .build();
    }

    public static void main(String[] args) throws Exception {
        CrashSafeBatchingSettings settings = CrashSafeBatchingSettings.parse(args);
        ContactInbox inbox = new ContactInbox(settings.inbox());
        for (int i = 1; i <= settings.sampleContacts(); i++) {
            inbox.write("C%06d".formatted(i), "Contact " + i);
        }
        SfmcTarget target = settings.simulatorUrl() == null
                ? SfmcTarget.fromEnvironment(System.getenv(), sampleJourney())
                : SfmcTarget.runningSimulator(settings.simulatorUrl(), SAMPLE_EVENT_DEFINITION_KEY);
        System.out.println(target.describe());
        CrashSafeBatching batching = CrashSafeBatching.start(settings, target);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            batching.close();
            target.close();
        }));
        System.out.println("Reading contact files from " + settings.inbox().toAbsolutePath() + ", batches kept in "
                + settings.database().toAbsolutePath() + ".mv.db");
        Thread.currentThread().join();
    }
}
