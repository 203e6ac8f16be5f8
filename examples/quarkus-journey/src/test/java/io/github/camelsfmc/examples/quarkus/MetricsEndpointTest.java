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
package io.github.camelsfmc.examples.quarkus;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.SfmcSimulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import jakarta.inject.Inject;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The component's meters are exposed at /q/metrics and count what the simulator's ledger shows. */
@QuarkusTest
class MetricsEndpointTest {

    @Inject
    EmbeddedMarketingCloud marketingCloud;

    @Test
    void qMetricsCountsTheQueuedContactsAndTheEntryRequests() {
        SfmcSimulator simulator = marketingCloud.simulator().orElseThrow();
        double queuedBefore = metric("sfmc_journey_contacts_total", "outcome=\"queued\"");
        long entriesBefore = simulator.entryCount(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY);

        given().contentType(ContentType.JSON)
                .body(Map.of("email", "grace@example.com", "firstName", "Grace"))
                .when()
                .post("/signups")
                .then()
                .statusCode(202);

        long entered = simulator.entryCount(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY) - entriesBefore;
        assertThat(entered).isEqualTo(1);
        assertThat(metric("sfmc_journey_contacts_total", "outcome=\"queued\"") - queuedBefore)
                .isEqualTo(entered);
        assertThat(metric(
                        "sfmc_journey_requests_total",
                        "api=\"events\"",
                        "eventDefinitionKey=\"" + SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY + "\"",
                        "role=\"producer\"",
                        "status=\"2xx\""))
                .isGreaterThanOrEqualTo(1);
    }

    /** The sum of the Prometheus samples of this name that carry every one of {@code labels}, 0 when absent. */
    private static double metric(String name, String... labels) {
        String text = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return text.lines()
                .filter(line ->
                        line.startsWith(name + "{") && Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
