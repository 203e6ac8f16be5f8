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
package io.github.camelsfmc.examples.kafka;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/** simulator.yaml (for the standalone simulator shared by several instances) describes the same journey as the code. */
class SimulatorConfigTest {

    @Test
    void theStandaloneSimulatorConfigHasTheSampleJourney() {
        SfmcSimulator simulator =
                SfmcSimulator.fromConfig(Path.of("simulator.yaml")).port(0).build();
        Journey configured = simulator.journey(KafkaToJourneyApplication.SAMPLE_EVENT_DEFINITION_KEY);
        Journey sample = KafkaToJourneyApplication.sampleJourney();

        assertThat(configured.status()).isEqualTo(sample.status());
        assertThat(configured.entryMode()).isEqualTo(sample.entryMode());
        assertThat(describe(configured.fields())).isEqualTo(describe(sample.fields()));
    }

    private static List<String> describe(List<DataExtensionField> fields) {
        return fields.stream()
                .map(f -> f.name() + ":" + f.type() + ":" + f.length() + ":" + f.isPrimaryKey() + ":" + f.isRequired())
                .toList();
    }
}
