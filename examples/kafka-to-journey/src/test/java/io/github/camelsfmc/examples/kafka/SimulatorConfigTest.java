package io.github.camelsfmc.examples.kafka;

import java.nio.file.Path;
import java.util.List;

import io.github.camelsfmc.simulator.DataExtensionField;
import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.SfmcSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** simulator.yaml (for the standalone simulator shared by several instances) describes the same journey as the code. */
class SimulatorConfigTest {

    @Test
    void theStandaloneSimulatorConfigHasTheSampleJourney() {
        SfmcSimulator simulator = SfmcSimulator.fromConfig(Path.of("simulator.yaml")).port(0).build();
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
