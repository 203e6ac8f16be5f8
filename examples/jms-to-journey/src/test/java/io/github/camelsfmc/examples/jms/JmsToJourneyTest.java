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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.examples.jms.JmsToJourneyApplication.SAMPLE_EVENT_DEFINITION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class JmsToJourneyTest {

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.of(SfmcSimulator.builder()
            .client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET)
            .journey(JmsToJourneyApplication.sampleJourney()));

    EmbeddedBroker broker;
    JmsToJourney app;

    @BeforeEach
    void start() throws Exception {
        broker = EmbeddedBroker.start();
        app = JmsToJourney.start(
                broker.connectionFactory(), SfmcTarget.simulator(sim.simulator(), SAMPLE_EVENT_DEFINITION_KEY));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        broker.close();
    }

    @Test
    void everyContactMessageEntersTheJourneyInOneBatch() {
        for (int i = 1; i <= 5; i++) {
            app.send(contact("K" + i));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> app.counters().queuedCount() == 5);

        assertThat(sim.simulator().entered(SAMPLE_EVENT_DEFINITION_KEY))
                .extracting(Entry::contactKey)
                .containsExactlyInAnyOrder("K1", "K2", "K3", "K4", "K5");
        assertThat(sim.simulator().stats().batchEventRequests()).isEqualTo(1);
        assertThat(app.counters().deadLetteredCount()).isZero();
    }

    @Test
    void aContactWithoutContactKeyIsDeadLetteredAloneAndTheOthersEnter() {
        String noKey = "{\"FirstName\":\"Nobody\"}";
        app.send(contact("A1"));
        app.send(noKey);
        app.send(contact("A2"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> app.counters().queuedCount() + app.counters().deadLetteredCount() == 3);

        assertThat(sim.simulator().entered(SAMPLE_EVENT_DEFINITION_KEY))
                .extracting(Entry::contactKey)
                .containsExactlyInAnyOrder("A1", "A2");
        List<JmsToJourney.DeadLetter> letters = drainDeadLetters();
        assertThat(letters).extracting(JmsToJourney.DeadLetter::contact).containsExactly(noKey);
        assertThat(letters.get(0).reason()).contains("ContactKey");
    }

    @Test
    void contactsOfARequestSfmcFailsAreDeadLetteredUnchanged() {
        sim.simulator().faults().serverErrorRate(1.0);
        app.send(contact("F1"));
        app.send(contact("F2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> app.counters().deadLetteredCount() == 2);

        assertThat(drainDeadLetters())
                .extracting(JmsToJourney.DeadLetter::contact)
                .containsExactlyInAnyOrder(contact("F1"), contact("F2"));
        assertThat(sim.simulator().entryCount(SAMPLE_EVENT_DEFINITION_KEY)).isZero();
    }

    private List<JmsToJourney.DeadLetter> drainDeadLetters() {
        List<JmsToJourney.DeadLetter> letters = new ArrayList<>();
        JmsToJourney.DeadLetter letter;
        while ((letter = app.nextDeadLetter(1000)) != null) {
            letters.add(letter);
        }
        return letters;
    }

    private static String contact(String key) {
        return "{\"ContactKey\":\"" + key + "\",\"FirstName\":\"Ann\",\"Email\":\"" + key.toLowerCase()
                + "@example.com\"}";
    }
}
