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
package io.github.camelsfmc.simulator.junit;

import java.util.Objects;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * JUnit 5 extension that runs an {@link SfmcSimulator}.
 * <pre>
 * &#64;RegisterExtension
 * static SfmcSimulatorExtension sim = SfmcSimulatorExtension.withDefaults();
 * </pre>
 * Registered on a static field, the simulator starts before all tests and stops after all; before each test its
 * records and counters are cleared and faults, journey statuses and rules and the token lifetime are restored to
 * the configured values ({@link SfmcSimulator#restoreConfiguredState()}). Registered on an instance field, a fresh
 * simulator is started before each test and closed after it.
 */
public final class SfmcSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final SfmcSimulator.Builder builder;
    private SfmcSimulator simulator;
    private int classDepth;
    private boolean perTest;

    private SfmcSimulatorExtension(SfmcSimulator.Builder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** The default simulator: client sim-client/sim-secret, journey Sim-Welcome-Event. */
    public static SfmcSimulatorExtension withDefaults() {
        return new SfmcSimulatorExtension(SfmcSimulator.withDefaults());
    }

    /** A simulator built from this builder (each start builds a fresh one; the builder is not modified). */
    public static SfmcSimulatorExtension of(SfmcSimulator.Builder builder) {
        return new SfmcSimulatorExtension(builder);
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (classDepth++ == 0 && simulator == null) {
            simulator = builder.build().start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (classDepth > 0 && --classDepth == 0 && simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            perTest = true;
            simulator = builder.build().start();
        } else {
            simulator.restoreConfiguredState();
        }
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (perTest && simulator != null) {
            simulator.close();
            simulator = null;
            perTest = false;
        }
    }

    /** The running simulator. */
    public synchronized SfmcSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The SFMC simulator is not running (outside a test?)");
        }
        return simulator;
    }

    /** {@code http://localhost:PORT}, no trailing slash. */
    public String baseUrl() {
        return simulator().baseUrl();
    }
}
