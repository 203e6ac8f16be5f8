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
package io.github.camelsfmc.journey.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The component options as the component's own catalog ({@code sfmc-journey.json}) lists them, and the starter's metadata. */
final class ComponentCatalog {

    static final String CATALOG = "META-INF/io/github/camelsfmc/journey/sfmc-journey.json";
    static final String SPRING_METADATA = "META-INF/spring-configuration-metadata.json";

    private ComponentCatalog() {}

    /** Option name to its catalog entry, in catalog order. */
    static Map<String, JsonNode> componentOptions() {
        Map<String, JsonNode> options = new LinkedHashMap<>();
        read(CATALOG).get("componentProperties").properties().forEach(e -> options.put(e.getKey(), e.getValue()));
        return options;
    }

    /** Property name to its entry in the Spring configuration metadata the build generated. */
    static Map<String, JsonNode> springProperties() {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        read(SPRING_METADATA)
                .get("properties")
                .forEach(p -> properties.put(p.get("name").asText(), p));
        return properties;
    }

    /** {@code tokenRefreshMarginSeconds} to {@code camel.component.sfmc-journey.token-refresh-margin-seconds}. */
    static String propertyName(String option) {
        return SfmcJourneyComponentConfiguration.PREFIX + "."
                + option.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ComponentCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
