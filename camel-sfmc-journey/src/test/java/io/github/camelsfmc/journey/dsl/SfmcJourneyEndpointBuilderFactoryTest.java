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
package io.github.camelsfmc.journey.dsl;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.model.CheckMode;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.journey.dsl.SfmcJourneyEndpointBuilderFactory.sfmcJourney;
import static org.assertj.core.api.Assertions.assertThat;

class SfmcJourneyEndpointBuilderFactoryTest {

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();

    @Test
    void everyEndpointOptionHasABuilderMethod() throws Exception {
        JsonNode metadata = new ObjectMapper()
                .readTree(Path.of("src/generated/resources/META-INF/io/github/camelsfmc/journey/sfmc-journey.json")
                        .toFile());
        Set<String> methods = Arrays.stream(
                        SfmcJourneyEndpointBuilderFactory.SfmcJourneyEndpointBuilder.class.getMethods())
                .map(java.lang.reflect.Method::getName)
                .collect(Collectors.toSet());
        for (Map.Entry<String, JsonNode> option :
                (Iterable<Map.Entry<String, JsonNode>>) metadata.get("properties")::fields) {
            if (!"path".equals(option.getValue().get("kind").asText())) {
                assertThat(methods)
                        .as("builder method for option %s", option.getKey())
                        .contains(option.getKey());
            }
        }
    }

    @Test
    void aRouteBuiltWithTheTypedBuilderEntersContacts() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new EndpointRouteBuilder() {
                @Override
                public void configure() {
                    from(direct("contacts"))
                            .to(sfmcJourney(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY)
                                    .clientId(SfmcSimulator.DEFAULT_CLIENT_ID)
                                    .clientSecret(SfmcSimulator.DEFAULT_CLIENT_SECRET)
                                    .authUrl(sim.baseUrl())
                                    .validation(CheckMode.STRICT)
                                    .batchSize(50));
                }
            });
            context.start();

            context.createProducerTemplate()
                    .sendBody("direct:contacts", Map.of("ContactKey", "dsl-1", "FirstName", "Ada"));
        }

        assertThat(sim.simulator().entered(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY))
                .extracting(Entry::contactKey)
                .containsExactly("dsl-1");
    }
}
