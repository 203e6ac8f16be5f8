package io.github.camelsfmc.simulator.junit;

import io.github.camelsfmc.simulator.Http;
import io.github.camelsfmc.simulator.SfmcSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Instance registration: a fresh simulator per test, closed after it. */
class SfmcSimulatorExtensionPerTestTest {
    static final List<SfmcSimulator> seen = new ArrayList<>();

    @RegisterExtension
    SfmcSimulatorExtension sim = SfmcSimulatorExtension.of(SfmcSimulator.withDefaults().tokenLifetimeSeconds(60));

    @Test
    void firstTestGetsARunningSimulator() {
        seen.add(sim.simulator());
        assertThat(sim.simulator().isRunning()).isTrue();
        assertThat(Http.tokenResponse(sim.baseUrl(), "sim-client", "sim-secret", null).body().get("expires_in")
                .asInt()).isEqualTo(60);
    }

    @Test
    void secondTestGetsAnotherSimulator() {
        seen.add(sim.simulator());
        assertThat(sim.simulator().isRunning()).isTrue();
    }

    @AfterAll
    static void eachSimulatorWasDistinctAndClosed() {
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isNotSameAs(seen.get(1));
        assertThat(seen).noneMatch(SfmcSimulator::isRunning);
    }
}
