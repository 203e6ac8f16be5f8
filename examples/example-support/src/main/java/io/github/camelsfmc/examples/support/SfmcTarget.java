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
package io.github.camelsfmc.examples.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelsfmc.simulator.Journey;
import io.github.camelsfmc.simulator.SfmcSimulator;

/**
 * Where an example sends its contacts: the real Marketing Cloud tenant named by the {@code SFMC_*} environment
 * variables, or, when none of them is set, an SFMC simulator started in-process with the example's sample journey.
 * <p>
 * The route reads the outcome as property placeholders ({@link #camelProperties()}): {@code sfmc.event-definition-key},
 * {@code sfmc.client-id}, {@code sfmc.client-secret} and the optional {@code sfmc.subdomain}, {@code sfmc.auth-url},
 * {@code sfmc.rest-url}, {@code sfmc.account-id}.
 */
public final class SfmcTarget implements AutoCloseable {

    public static final String CLIENT_ID = "SFMC_CLIENT_ID";
    public static final String CLIENT_SECRET = "SFMC_CLIENT_SECRET";
    public static final String SUBDOMAIN = "SFMC_SUBDOMAIN";
    public static final String EVENT_DEFINITION_KEY = "SFMC_EVENT_DEFINITION_KEY";
    public static final String ACCOUNT_ID = "SFMC_ACCOUNT_ID";
    public static final List<String> REQUIRED_VARIABLES =
            List.of(CLIENT_ID, CLIENT_SECRET, SUBDOMAIN, EVENT_DEFINITION_KEY);

    private final Map<String, String> properties;
    private final SfmcSimulator simulator;
    private final boolean ownsSimulator;

    private SfmcTarget(Map<String, String> properties, SfmcSimulator simulator, boolean ownsSimulator) {
        this.properties = Map.copyOf(properties);
        this.simulator = simulator;
        this.ownsSimulator = ownsSimulator;
    }

    /**
     * Real SFMC when all of {@link #REQUIRED_VARIABLES} are set; a new simulator serving {@code sampleJourney} when none
     * is. A partial set is a mistake worth stopping for, not a reason to fall back to the simulator silently.
     */
    public static SfmcTarget fromEnvironment(Map<String, String> environment, Journey sampleJourney) {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED_VARIABLES) {
            if (isBlank(environment.get(name))) {
                missing.add(name);
            }
        }
        if (missing.isEmpty()) {
            return realSfmc(environment);
        }
        if (missing.size() < REQUIRED_VARIABLES.size()) {
            throw new IllegalStateException("Incomplete SFMC configuration: " + String.join(", ", missing)
                    + " not set. Set all of " + REQUIRED_VARIABLES
                    + " to use Marketing Cloud, or none of them to use the embedded simulator.");
        }
        SfmcSimulator simulator = SfmcSimulator.builder()
                .client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET)
                .journey(sampleJourney)
                .port(0)
                .start();
        return new SfmcTarget(
                simulatorProperties(simulator.baseUrl(), sampleJourney.eventDefinitionKey()), simulator, true);
    }

    /** Points at a simulator someone else runs and closes (a test's simulator extension). */
    public static SfmcTarget simulator(SfmcSimulator simulator, String eventDefinitionKey) {
        return new SfmcTarget(simulatorProperties(simulator.baseUrl(), eventDefinitionKey), simulator, false);
    }

    /**
     * Points at a simulator running in another process (the standalone simulator, or a test's), which outlives this
     * one.
     */
    public static SfmcTarget runningSimulator(String baseUrl, String eventDefinitionKey) {
        return new SfmcTarget(simulatorProperties(baseUrl, eventDefinitionKey), null, false);
    }

    private static SfmcTarget realSfmc(Map<String, String> environment) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sfmc.event-definition-key", environment.get(EVENT_DEFINITION_KEY).trim());
        p.put("sfmc.client-id", environment.get(CLIENT_ID).trim());
        p.put("sfmc.client-secret", environment.get(CLIENT_SECRET));
        p.put("sfmc.subdomain", environment.get(SUBDOMAIN).trim());
        if (!isBlank(environment.get(ACCOUNT_ID))) {
            p.put("sfmc.account-id", environment.get(ACCOUNT_ID).trim());
        }
        return new SfmcTarget(p, null, false);
    }

    private static Map<String, String> simulatorProperties(String baseUrl, String eventDefinitionKey) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sfmc.event-definition-key", eventDefinitionKey);
        p.put("sfmc.client-id", SfmcSimulator.DEFAULT_CLIENT_ID);
        p.put("sfmc.client-secret", SfmcSimulator.DEFAULT_CLIENT_SECRET);
        p.put("sfmc.auth-url", baseUrl);
        p.put("sfmc.rest-url", baseUrl);
        return p;
    }

    /** Placeholder values for the route; includes the client secret, so never print them. */
    public Map<String, String> camelProperties() {
        return properties;
    }

    public String eventDefinitionKey() {
        return properties.get("sfmc.event-definition-key");
    }

    public Optional<SfmcSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    /** One or two lines saying where contacts go and where to look, without secrets. */
    public String describe() {
        if (properties.containsKey("sfmc.subdomain")) {
            return "Sending to Salesforce Marketing Cloud tenant '" + properties.get("sfmc.subdomain")
                    + "', event definition key '" + eventDefinitionKey() + "'"
                    + (properties.containsKey("sfmc.account-id") ? ", MID " + properties.get("sfmc.account-id") : "");
        }
        String baseUrl = properties.get("sfmc.rest-url");
        return (simulator == null
                        ? "Using the SFMC simulator at "
                        : "No " + String.join("/", REQUIRED_VARIABLES) + " set: using the embedded SFMC simulator at ")
                + baseUrl + System.lineSeparator()
                + "  entries: " + baseUrl + "/_sim/journeys/" + eventDefinitionKey() + "/entries   stats: "
                + baseUrl + "/_sim/stats";
    }

    @Override
    public void close() {
        if (ownsSimulator) {
            simulator.close();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
