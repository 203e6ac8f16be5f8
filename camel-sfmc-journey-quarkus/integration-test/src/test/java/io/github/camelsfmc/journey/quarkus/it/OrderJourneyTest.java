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
package io.github.camelsfmc.journey.quarkus.it;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(SfmcSimulatorResource.class)
class OrderJourneyTest {

    private static final String JOURNEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @InjectSfmcSimulator
    SfmcSimulator simulator;

    @BeforeEach
    void forgetEarlierEntries() {
        simulator.reset();
    }

    @Test
    void placedOrderEntersItsCustomerIntoTheJourney() {
        given().contentType(ContentType.JSON)
                .body(order("o-1001", "C-1001", "Ada", "Lovelace", "ada@example.com"))
                .when()
                .post("/orders")
                .then()
                .statusCode(202)
                .body("orderId", equalTo("o-1001"))
                .body("eventInstanceId", notNullValue());

        List<Entry> entered = simulator.entered(JOURNEY);
        assertThat(entered).singleElement().satisfies(entry -> {
            assertThat(entry.contactKey()).isEqualTo("C-1001");
            assertThat(entry.data())
                    .containsEntry("FirstName", "Ada")
                    .containsEntry("LastName", "Lovelace")
                    .containsEntry("Email", "ada@example.com");
        });
    }

    @Test
    void answersWithTheEventInstanceIdMarketingCloudGaveTheEntry() {
        String eventInstanceId = given().contentType(ContentType.JSON)
                .body(order("o-1002", "C-1002", "Grace", "Hopper", "grace@example.com"))
                .when()
                .post("/orders")
                .then()
                .statusCode(202)
                .extract()
                .path("eventInstanceId");

        assertThat(simulator.entered(JOURNEY))
                .extracting(Entry::eventInstanceId)
                .containsExactly(eventInstanceId);
    }

    @Test
    void importedOrdersEnterTheirCustomersInOneBatch() {
        given().contentType(ContentType.JSON)
                .body(List.of(
                        order("o-2001", "C-2001", "Alan", "Turing", "alan@example.com"),
                        order("o-2002", "C-2002", "Edsger", "Dijkstra", "edsger@example.com"),
                        order("o-2003", "C-2003", "Barbara", "Liskov", "barbara@example.com")))
                .when()
                .post("/orders/batch")
                .then()
                .statusCode(202)
                .body("queued", equalTo(3));

        assertThat(simulator.entered(JOURNEY))
                .extracting(Entry::contactKey)
                .containsExactlyInAnyOrder("C-2001", "C-2002", "C-2003");
        assertThat(simulator.entered(JOURNEY))
                .filteredOn(entry -> entry.contactKey().equals("C-2002"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.data()).containsEntry("Email", "edsger@example.com"));
        assertThat(simulator.stats().batchEventRequests()).isEqualTo(1);
    }

    @Test
    void orderWithoutCustomerIdIsRefusedBeforeAnyCallToMarketingCloud() {
        given().contentType(ContentType.JSON)
                .body(order("o-3001", null, "Anonymous", "Buyer", "anon@example.com"))
                .when()
                .post("/orders")
                .then()
                .statusCode(422);

        assertThat(simulator.entered(JOURNEY)).isEmpty();
        assertThat(simulator.stats().entryRequests()).isZero();
    }

    private static Map<String, Object> order(
            String orderId, String customerId, String firstName, String lastName, String email) {
        Map<String, Object> customer = new java.util.HashMap<>();
        customer.put("customerId", customerId);
        customer.put("firstName", firstName);
        customer.put("lastName", lastName);
        customer.put("email", email);
        return Map.of("orderId", orderId, "total", 42.50, "customer", customer);
    }
}
