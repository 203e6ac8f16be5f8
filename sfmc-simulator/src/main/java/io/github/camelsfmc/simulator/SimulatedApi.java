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

/** The SFMC APIs the simulator serves, to aim a per-API fault ({@link HostileAnswers}) at one of them. */
public enum SimulatedApi implements JsonEnum.Named {
    /** {@code POST /v2/token}. */
    TOKEN("token"),
    /** {@code POST /interaction/v1/events}. */
    SINGLE_ENTRY("singleEntry"),
    /** {@code POST /interaction/v1/async/events}. */
    BATCH_ENTRY("batchEntry"),
    /** {@code GET /interaction/v1/async/events/status}. */
    BATCH_STATUS("batchStatus"),
    /** {@code GET /interaction/v1/eventDefinitions/key:{key}} (preflight). */
    EVENT_DEFINITION("eventDefinition"),
    /** {@code GET /interaction/v1/interactions} (preflight). */
    INTERACTIONS("interactions"),
    /** {@code GET /data/v1/customobjects/{id}/fields} (preflight). */
    DATA_EXTENSION_FIELDS("dataExtensionFields"),
    /** {@code POST /interaction/v1/interactions/contactMembership}. */
    CONTACT_MEMBERSHIP("contactMembership"),
    /** {@code POST /interaction/v1/interactions/journeyhistory/search}. */
    JOURNEY_HISTORY("journeyHistory");

    private final String json;

    SimulatedApi(String json) {
        this.json = json;
    }

    @Override
    public String jsonValue() {
        return json;
    }

    /** Accepts the JSON spelling ("singleEntry") or the Java name ("SINGLE_ENTRY"), case-insensitively. */
    public static SimulatedApi fromJson(String value) {
        return JsonEnum.parse(SimulatedApi.class, value);
    }
}
