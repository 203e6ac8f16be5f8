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

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import jakarta.inject.Inject;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;

/** The example as a user runs it without credentials: sign-ups enter the embedded simulator's welcome journey. */
@QuarkusTest
class SignupJourneyTest {

    private static final String JOURNEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    @Inject
    EmbeddedMarketingCloud marketingCloud;

    private SfmcSimulator simulator;

    @BeforeEach
    void useTheEmbeddedSimulator() {
        simulator = marketingCloud.simulator().orElseThrow(() -> new AssertionError("embedded simulator not started"));
        simulator.reset();
    }

    @Test
    void signupEntersTheWelcomeJourneyWithTheEmailAsContactKey() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "ada@example.com", "firstName", "Ada", "lastName", "Lovelace"))
                .when()
                .post("/signups")
                .then()
                .statusCode(202)
                .body("eventInstanceId", notNullValue());

        assertThat(simulator.entered(JOURNEY)).singleElement().satisfies(entry -> {
            assertThat(entry.contactKey()).isEqualTo("ada@example.com");
            assertThat(entry.data())
                    .containsEntry("Email", "ada@example.com")
                    .containsEntry("FirstName", "Ada")
                    .containsEntry("LastName", "Lovelace");
        });
    }

    @Test
    void signupWithoutEmailIsRefusedAndEntersNobody() {
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "Nobody"))
                .when()
                .post("/signups")
                .then()
                .statusCode(422);

        assertThat(simulator.entered(JOURNEY)).extracting(Entry::contactKey).isEmpty();
        assertThat(simulator.stats().entryRequests()).isZero();
    }
}
