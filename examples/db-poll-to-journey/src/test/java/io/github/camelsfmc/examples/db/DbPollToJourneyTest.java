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
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.examples.db.DbPollToJourneyApplication.SAMPLE_EVENT_DEFINITION_KEY;
import static org.assertj.core.api.Assertions.assertThat;

class DbPollToJourneyTest {

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.of(SfmcSimulator.builder()
            .client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET)
            .journey(DbPollToJourneyApplication.sampleJourney()));

    CustomerDatabase db;

    @BeforeEach
    void createDatabase(TestInfo test) throws Exception {
        db = new CustomerDatabase(test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void newCustomersEnterTheJourneyAndAreMarkedSent() throws Exception {
        db.insert("N1", "Ann", "ann@example.com");
        db.insert("N2", "Bob", "bob@example.com");

        pollOnce();

        assertThat(sim.simulator().entered(SAMPLE_EVENT_DEFINITION_KEY))
                .extracting(Entry::contactKey)
                .containsExactlyInAnyOrder("N1", "N2");
        assertThat(db.statusByEmail())
                .containsOnly(Map.entry("ann@example.com", "SENT"), Map.entry("bob@example.com", "SENT"));
    }

    @Test
    void aRejectedCustomerIsMarkedFailedWithTheReasonAndNotSent() throws Exception {
        db.insert("N1", "Ann", "ann@example.com");
        db.insert(null, "Nokey", "nokey@example.com");

        pollOnce();

        assertThat(db.statusByEmail())
                .containsEntry("ann@example.com", "SENT")
                .containsEntry("nokey@example.com", "FAILED");
        assertThat(db.failureReason("nokey@example.com")).contains("ContactKey");
        assertThat(sim.simulator().entryCount(SAMPLE_EVENT_DEFINITION_KEY)).isEqualTo(1);
    }

    @Test
    void customersOfARequestSfmcFailsStayNewForTheNextPoll() throws Exception {
        sim.simulator().faults().serverErrorRate(1.0);
        db.insert("N1", "Ann", "ann@example.com");

        pollOnce();

        assertThat(db.statusByEmail()).containsOnly(Map.entry("ann@example.com", "NEW"));
        assertThat(sim.simulator().entryCount(SAMPLE_EVENT_DEFINITION_KEY)).isZero();
    }

    /** Runs the route until it has processed one poll of rows, with a long delay so no second poll interferes. */
    private void pollOnce() throws Exception {
        try (DbPollToJourney app = DbPollToJourney.create(
                db.dataSource(),
                SfmcTarget.simulator(sim.simulator(), SAMPLE_EVENT_DEFINITION_KEY),
                Map.of("app.poll-delay-ms", "600000"))) {
            NotifyBuilder polled = new NotifyBuilder(app.context())
                    .fromRoute("db-poll-to-journey")
                    .whenDone(1)
                    .create();
            app.start();
            assertThat(polled.matches(30, TimeUnit.SECONDS))
                    .as("one poll processed")
                    .isTrue();
        }
    }
}
