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

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.simulator.SfmcSimulator;
import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example as a user runs it, with no SFMC_* variables set: against the simulator it starts, through its HTTP
 * endpoint, with its health and meters read through Actuator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringBootJourneyApplicationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private SfmcSimulator simulator;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MeterRegistry meters;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void oneContactPostedEntersTheJourneyAndItsEventInstanceIdIsAnswered() throws Exception {
        ResponseEntity<String> response = post("{\"ContactKey\":\"C0001\",\"FirstName\":\"Ada\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).path("eventInstanceId").asText())
                .isNotBlank();
        assertThat(enteredKeys()).contains("C0001");
    }

    @Test
    void aListPostedIsBatchedAndEachContactEnters() {
        ResponseEntity<String> response = post(
                "[{\"ContactKey\":\"C0002\",\"FirstName\":\"Bo\"},{\"ContactKey\":\"C0003\",\"FirstName\":\"Cy\"}]");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(response.getBody()).isEqualTo("{\"accepted\":2}");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(enteredKeys()).contains("C0002", "C0003"));
    }

    @Test
    void aBatchContactJourneyProcessingDropsIsWrittenToTheErroredContactTable() {
        // SFMC's status API reports on contacts entered in batches; the simulator drops contacts it does not know
        post("[{\"ContactKey\":\"UNKNOWN-1\",\"FirstName\":\"Dee\"}]");

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT contact_key FROM errored_contact WHERE contact_key = 'UNKNOWN-1'",
                                String.class))
                        .containsExactly("UNKNOWN-1"));
    }

    @Test
    void aBodyThatIsNoContactIsABadRequest() {
        assertThat(post("\"just text\"").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void actuatorHealthReportsTheComponentProducerCheckUp() throws Exception {
        post("{\"ContactKey\":\"C0004\"}");

        JsonNode health = json.readTree(http.getForObject("/actuator/health", String.class));

        JsonNode camel = health.path("components").path("camelHealth").path("details");
        List<String> producerChecks = fieldNames(camel).stream()
                .filter(name -> name.startsWith("producer:sfmc-journey") && !name.endsWith(".data"))
                .toList();
        assertThat(producerChecks).isNotEmpty();
        producerChecks.forEach(check -> assertThat(camel.get(check).asText()).isEqualTo("UP"));
    }

    @Test
    void theComponentCountsContactsInTheApplicationMeterRegistry() throws Exception {
        post("{\"ContactKey\":\"C0005\"}");

        assertThat(meters.find("sfmc.journey.contacts").counters()).isNotEmpty();
        JsonNode metric = json.readTree(http.getForObject("/actuator/metrics/sfmc.journey.contacts", String.class));
        assertThat(metric.path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1);
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/contacts", new HttpEntity<>(body, headers), String.class);
    }

    private List<String> enteredKeys() {
        return simulator.entered(SampleJourney.EVENT_DEFINITION_KEY).stream()
                .map(entry -> entry.contactKey())
                .toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
