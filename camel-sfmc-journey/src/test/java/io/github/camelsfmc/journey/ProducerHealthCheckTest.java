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
package io.github.camelsfmc.journey;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.JourneyStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check of an endpoint, as camel-health (and so Camel Main, Spring Boot and Quarkus health
 * endpoints) reports it.
 */
class ProducerHealthCheckTest extends SfmcJourneyTestSupport {

    private String endpointId;
    private int routes;

    private void startRoute(String uri) throws Exception {
        context.getComponent("sfmc-journey", SfmcJourneyComponent.class).setHealthCheckProducerEnabled(true);
        String from = "direct:in" + routes++;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(uri);
            }
        });
        endpointId = context.getEndpoint(uri, SfmcJourneyEndpoint.class).getId();
        // producer checks are off by default in Camel (camel.health.producersEnabled=true turns them on)
        HealthCheckRegistry.get(context)
                .getRepository("producers")
                .orElseThrow()
                .setEnabled(true);
    }

    private HealthCheck.Result check() {
        Optional<HealthCheck.Result> result =
                HealthCheckHelper.invoke(context, "producer:sfmc-journey-" + endpointId, Map.of());
        assertThat(result).isPresent();
        return result.get();
    }

    @Test
    void isUpWhenATokenIsObtainedAndTheJourneyIsRunning() throws Exception {
        startRoute(journeyUri(KEY, "preflight=strict"));

        HealthCheck.Result result = check();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails())
                .containsEntry("eventDefinitionKey", KEY)
                .containsEntry("journey.Sim Welcome Journey", "Published, entryMode MultipleEntries");
    }

    @Test
    void isDownWithTheReasonWhenTheJourneyIsNotRunning() throws Exception {
        simulator().journey(KEY).status(JourneyStatus.PAUSED);
        startRoute(journeyUri());
        context.getEndpoint(journeyUri(), SfmcJourneyEndpoint.class).preflight();

        HealthCheck.Result result = check();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage())
                .hasValueSatisfying(m -> assertThat(m).contains("is Paused").contains("Resume it"));
    }

    @Test
    void twoEndpointsForTheSameKeyHaveAHealthCheckEach() throws Exception {
        startRoute(journeyUri(KEY, "batchSize=10"));
        String first = endpointId;
        startRoute(journeyUri(KEY, "batchSize=20"));
        String second = endpointId;

        assertThat(first).isNotEqualTo(second);
        for (String id : List.of(first, second)) {
            assertThat(HealthCheckHelper.invoke(context, "producer:sfmc-journey-" + id, Map.of()))
                    .hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));
        }
    }

    @Test
    void aProbeReadsTheCachedJourneyStateWithoutAskingSfmc() throws Exception {
        startRoute(journeyUri(KEY, "preflight=strict"));
        check();
        long readsBefore = simulator().stats().totalRequests();

        for (int i = 0; i < 5; i++) {
            assertThat(check().getState()).isEqualTo(HealthCheck.State.UP);
        }

        // a refresh would read SFMC in the background: watch for a while that no request arrives
        Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> simulator().stats().totalRequests() == readsBefore);
    }

    @Test
    void isDownWhenNoTokenCanBeObtainedAndNeverShowsTheSecret() throws Exception {
        startRoute("sfmc-journey:" + KEY + "?clientId=sim-client&clientSecret=RAW(not-the-s3cret)&authUrl="
                + sim.baseUrl());

        HealthCheck.Result result = check();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage())
                .hasValueSatisfying(m -> assertThat(m)
                        .contains("Cannot obtain an SFMC access token")
                        .contains("invalid_client")
                        .doesNotContain("not-the-s3cret"));
        assertThat(result.getDetails().toString()).doesNotContain("not-the-s3cret");
        // the error a health endpoint shows is the route-facing exception, with what the auth server answered
        assertThat(result.getError())
                .hasValueSatisfying(error -> assertThat(error)
                        .isInstanceOfSatisfying(SfmcJourneyException.class, refused -> {
                            assertThat(refused.getHttpResponseCode()).isEqualTo(401);
                            assertThat(refused.getSfmcMessage()).isEqualTo("invalid_client");
                            assertThat(refused.getUndeliveredContacts()).isEmpty();
                        }));
    }
}
