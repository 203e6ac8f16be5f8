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
        testInjector.injectIntoFields(
                simulator, new TestInjector.AnnotatedAndMatchesType(InjectSfmcSimulator.class, SfmcSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
