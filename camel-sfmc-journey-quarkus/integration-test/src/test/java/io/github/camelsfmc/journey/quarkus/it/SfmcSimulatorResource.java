package io.github.camelsfmc.journey.quarkus.it;

import java.util.Map;

import io.github.camelsfmc.simulator.SfmcSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the SFMC simulator on a free port for the duration of the tests and publishes its address as {@code sfmc.url}.
 * It lives in the test JVM, so the same resource serves a JVM-mode and a packaged (or native) application.
 */
public class SfmcSimulatorResource implements QuarkusTestResourceLifecycleManager {

    private SfmcSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = SfmcSimulator.withDefaults().port(0).start();
        return Map.of("sfmc.url", simulator.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(simulator,
                new TestInjector.AnnotatedAndMatchesType(InjectSfmcSimulator.class, SfmcSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
