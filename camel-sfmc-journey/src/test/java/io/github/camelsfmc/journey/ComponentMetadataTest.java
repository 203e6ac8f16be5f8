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

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.catalog.RuntimeCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated metadata that tooling (the catalog, YAML DSL, Camel JBang, Quarkus) reads.
 */
class ComponentMetadataTest {

    @Test
    void theComponentIsFoundByItsSchemeAndDescribesEveryOptionAndHeader() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            JsonNode schema = new ObjectMapper()
                    .readTree(PluginHelper.getRuntimeCamelCatalog(context).componentJSonSchema("sfmc-journey"));

            assertThat(schema.at("/component/scheme").asText()).isEqualTo("sfmc-journey");
            assertThat(schema.at("/component/syntax").asText()).isEqualTo("sfmc-journey:eventDefinitionKey");
            assertThat(schema.at("/component/producerOnly").asBoolean()).isFalse();
            assertThat(schema.at("/component/consumerOnly").asBoolean()).isFalse();
            assertThat(schema.at("/properties/statusType/defaultValue").asText())
                    .isEqualTo("errored");
            assertThat(schema.at("/properties/clientSecret/secret").asBoolean()).isTrue();
            assertThat(schema.at("/properties/clientId/secret").asBoolean()).isTrue();
            assertThat(schema.at("/componentProperties/clientSecret/secret").asBoolean())
                    .isTrue();
            assertThat(schema.at("/headers/CamelSfmcJourneyEventInstanceId/description")
                            .asText())
                    .isNotBlank();
            schema.get("properties")
                    .forEach(option ->
                            assertThat(option.get("description").asText()).isNotBlank());
        }
    }

    @Test
    void theCatalogValidatesEndpointUrisAndFlagsUnknownOptions() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            RuntimeCamelCatalog catalog = PluginHelper.getRuntimeCamelCatalog(context);

            assertThat(catalog.validateProperties(
                                    "sfmc-journey",
                                    Map.of("eventDefinitionKey", "Welcome", "clientId", "a", "batchSize", "10"))
                            .isSuccess())
                    .isTrue();
            assertThat(catalog.validateProperties(
                                    "sfmc-journey", Map.of("eventDefinitionKey", "Welcome", "batchSise", "10"))
                            .getUnknown())
                    .containsExactly("batchSise");
        }
    }

    @Test
    void theAggregationStrategyIsDescribedAsABean() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            String schema = context.getPojoBeanParameterJsonSchema("SfmcJourneyAggregationStrategy");

            assertThat(schema).contains("org.apache.camel.AggregationStrategy").contains("contactKeyField");
        }
    }

    @Test
    void secretsAreMaskedInTheEndpointAsCamelRendersIt() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Endpoint endpoint = context.getEndpoint(
                    "sfmc-journey:Welcome?clientId=my-client-id&clientSecret=RAW(s3cr3t&value)&subdomain=mcabc");

            assertThat(endpoint.toString())
                    .doesNotContain("s3cr3t")
                    .doesNotContain("my-client-id")
                    .contains("xxxxxx");
        }
    }
}
