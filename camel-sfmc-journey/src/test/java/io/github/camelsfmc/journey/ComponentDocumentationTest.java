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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option and header tables of the component documentation are rendered from the generated metadata, so they
 * cannot drift from the code. The test only compares: when an option changed, it writes the adoc as it should be to
 * {@code target/sfmc-journey-component.adoc} and names the copy command in its failure message.
 */
class ComponentDocumentationTest {

    private static final Path METADATA =
            Path.of("src/generated/resources/META-INF/io/github/camelsfmc/journey/sfmc-journey.json");
    private static final Path DOC = Path.of("src/main/docs/sfmc-journey-component.adoc");
    private static final String START = "// component options: START\n";
    private static final String END = "// component options: END\n";
    private static final Path EXPECTED_DOC = Path.of("target/sfmc-journey-component.adoc");

    @Test
    void theDocumentedOptionsAndHeadersAreTheGeneratedOnes() throws Exception {
        JsonNode metadata = new ObjectMapper().readTree(METADATA.toFile());
        String doc = Files.readString(DOC);
        String rendered = render(metadata);
        String current = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END));

        if (!current.equals(rendered)) {
            Files.createDirectories(EXPECTED_DOC.getParent());
            Files.writeString(EXPECTED_DOC, doc.replace(START + current + END, START + rendered + END));
        }
        assertThat(current)
                .as(
                        "options section of %s is out of date; the expected document is in %s: run"
                                + " `cp camel-sfmc-journey/%s camel-sfmc-journey/%s`",
                        DOC, EXPECTED_DOC, EXPECTED_DOC, DOC)
                .isEqualTo(rendered);
    }

    private static String render(JsonNode metadata) {
        StringBuilder doc = new StringBuilder();
        doc.append(
                "\n== Component options\n\nSet once for every endpoint, as `camel.component.sfmc-journey.<option>` (kebab-case) or on the component bean.\n\n");
        table(doc, metadata.get("componentProperties"), false);
        doc.append(
                "\n== Endpoint options\n\nPath: `eventDefinitionKey`. An endpoint option overrides the component's.\n\n");
        table(doc, metadata.get("properties"), true);
        doc.append(
                "\n== Message headers\n\n[width=\"100%\",cols=\"2,4,1\",options=\"header\"]\n|===\n| Header | Description | Type\n");
        metadata.get("headers")
                .fields()
                .forEachRemaining(header -> doc.append("| `")
                        .append(header.getKey())
                        .append("` | ")
                        .append(escape(header.getValue().path("description").asText()))
                        .append(" | `")
                        .append(header.getValue().path("javaType").asText())
                        .append("`\n"));
        doc.append("|===\n\n");
        return doc.toString();
    }

    private static void table(StringBuilder doc, JsonNode options, boolean endpoint) {
        doc.append(
                "[width=\"100%\",cols=\"2,5,1,1\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> option : (Iterable<Map.Entry<String, JsonNode>>) options::fields) {
            JsonNode o = option.getValue();
            if (!endpoint && "configuration".equals(option.getKey())) {
                continue;
            }
            doc.append("| `")
                    .append(option.getKey())
                    .append('`')
                    .append(o.path("secret").asBoolean() ? " (secret)" : "")
                    .append(" | ")
                    .append(escape(o.path("description").asText()))
                    .append(
                            o.has("enum")
                                    ? " One of: " + o.get("enum").toString().replace("\"", "") + "."
                                    : "")
                    .append(" | ")
                    .append(defaultValue(option.getKey(), o, endpoint))
                    .append(" | `")
                    .append(o.path("type").asText())
                    .append("`\n");
        }
        doc.append("|===\n");
    }

    /**
     * The scheduler's delay is declared by Camel's ScheduledPollEndpoint with 500 ms; this component's endpoint
     * overrides getDefaultDelay, so the table shows the default that applies.
     */
    private static String defaultValue(String option, JsonNode o, boolean endpoint) {
        if (endpoint && "delay".equals(option)) {
            return String.valueOf(SfmcJourneyConsumer.DEFAULT_DELAY);
        }
        return o.has("defaultValue") ? o.get("defaultValue").asText() : "";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
