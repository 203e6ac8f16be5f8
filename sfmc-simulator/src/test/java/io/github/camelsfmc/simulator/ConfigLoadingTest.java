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
package io.github.camelsfmc.simulator;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelsfmc.simulator.Http.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoadingTest {

    private static final String YAML = """
            tokenLifetimeSeconds: 600
            clients:
              - clientId: acme
                clientSecret: s3cret
                mids: [500, 501]
            journeys:
              - eventDefinitionKey: Acme-Event
                name: Acme onboarding
                status: Paused
                entryMode: OnceAndDone
                mid: 500
                rejectUnknownFields: true
                fields:
                  - {name: ContactKey, type: Text, length: 50, primaryKey: true}
                  - {name: Email, type: EmailAddress, required: true}
                  - {name: Score, type: Decimal, defaultValue: "0", nullable: false}
            faults:
              seed: 9
              throttleRate: 0.25
              retryAfterSeconds: 7
            """;

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aConfigIsReadAsUtf8WhateverThePlatformCharset() {
        String yaml =
                "journeys:\n  - eventDefinitionKey: Gr\u00fc\u00dfe-Event\n    name: \"Caf\u00e9 \u2615 \u65e5\u672c\"\n";

        SfmcSimulator sim = SfmcSimulator.fromConfig(stream(yaml), true).build();

        assertThat(sim.journey("Gr\u00fc\u00dfe-Event").name()).isEqualTo("Caf\u00e9 \u2615 \u65e5\u672c");
    }

    @Test
    void yamlConfigDefinesClientsJourneysFieldsAndFaults() {
        SfmcSimulator sim = SfmcSimulator.fromConfig(stream(YAML), true).build();

        Journey j = sim.journey("Acme-Event");
        assertThat(j.name()).isEqualTo("Acme onboarding");
        assertThat(j.status()).isEqualTo(JourneyStatus.PAUSED);
        assertThat(j.entryMode()).isEqualTo(EntryMode.ONCE_AND_DONE);
        assertThat(j.mid()).isEqualTo(500);
        assertThat(j.rejectUnknownFields()).isTrue();
        assertThat(j.fields()).extracting(DataExtensionField::name).containsExactly("ContactKey", "Email", "Score");
        assertThat(j.fields().get(0).isPrimaryKey()).isTrue();
        assertThat(j.fields().get(1).type()).isEqualTo(FieldType.EMAIL_ADDRESS);
        assertThat(j.fields().get(1).isRequired()).isTrue();
        assertThat(j.fields().get(2).isRequired()).isFalse();
        assertThat(j.fields().get(2).isNullable()).isFalse();
        assertThat(sim.faults().throttleRate()).isEqualTo(0.25);
        assertThat(sim.faults().retryAfterSeconds()).isEqualTo(7);
        assertThat(sim.faults().seed()).isEqualTo(9);
        assertThat(sim.tokenLifetimeSeconds()).isEqualTo(600);
    }

    @Test
    void yamlConfiguredSimulatorServesItsClientAndMids() {
        try (SfmcSimulator sim = SfmcSimulator.fromConfig(stream(YAML), true).start()) {
            sim.faults().throttleRate(0);
            sim.journey("Acme-Event").status(JourneyStatus.PUBLISHED);
            Http.Response token = Http.tokenResponse(sim.baseUrl(), "acme", "s3cret", 500);
            assertThat(token.status()).isEqualTo(200);
            assertThat(token.body().get("expires_in").asInt()).isEqualTo(600);
            Http.Response r = Http.event(
                    sim.baseUrl(),
                    token.body().get("access_token").asText(),
                    "Acme-Event",
                    "c-1",
                    map("Email", "a@b.c"));
            assertThat(r.status()).isEqualTo(201);
            assertThat(sim.entered("Acme-Event")).hasSize(1);
            assertThat(Http.tokenResponse(sim.baseUrl(), "acme", "s3cret", 502).status())
                    .isEqualTo(401);
        }
    }

    @Test
    void jsonConfigFileIsLoadedFromAPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sim.json");
        Files.writeString(file, """
                {"clients":[{"clientId":"j","clientSecret":"p"}],
                 "journeys":[{"eventDefinitionKey":"Json-Event","status":"Draft",
                              "fields":[{"name":"ContactKey","primaryKey":true,"length":36},
                                        {"name":"Age","type":"Number"}]}],
                 "faults":{"latencyMillis":5}}
                """);

        SfmcSimulator sim = SfmcSimulator.fromConfig(file).build();

        assertThat(sim.journey("Json-Event").status()).isEqualTo(JourneyStatus.DRAFT);
        assertThat(sim.journey("Json-Event").mid()).isEqualTo(100);
        assertThat(sim.journey("Json-Event").fields().get(1).type()).isEqualTo(FieldType.NUMBER);
        assertThat(sim.faults().latencyMillis()).isEqualTo(5);
    }

    @Test
    void configWithoutJourneysOrClientsUsesTheDefaults() {
        SfmcSimulator sim = SfmcSimulator.fromConfig(stream("tokenLifetimeSeconds: 30\n"), true)
                .build();

        assertThat(sim.journey(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY).fields())
                .hasSize(5);
        assertThat(sim.tokenLifetimeSeconds()).isEqualTo(30);
    }

    @Test
    void unknownConfigKeyIsRejected() {
        assertThatThrownBy(() -> SfmcSimulator.fromConfig(stream("journies: []\n"), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("journies");
    }

    @Test
    void shippedExampleConfigLoads() {
        Path example = Path.of("config", "example.yaml");

        SfmcSimulator sim = SfmcSimulator.fromConfig(example).build();

        assertThat(sim.journeys()).isNotEmpty();
    }
}
