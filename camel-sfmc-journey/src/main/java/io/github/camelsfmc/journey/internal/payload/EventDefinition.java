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
package io.github.camelsfmc.journey.internal.payload;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of {@code GET /interaction/v1/eventDefinitions/key:{key}} that preflight uses: the entry source type, its
 * mode, the entry data extension that holds the entry data, and the schema naming the field Journey Builder takes the
 * contact key from.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventDefinition(
        String id,
        String type,
        String name,
        String mode,
        String eventDefinitionKey,
        String dataExtensionId,
        String dataExtensionName,
        Integer interactionCount,
        Integer publishedInteractionCount,
        Schema schema) {

    /**
     * The event definition's schema. SFMC's documentation spells the sendable field {@code SendableCustomObjectField}
     * in its table and {@code sendableCustomObjectField} in its example; both are read.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Schema(
            @JsonAlias("SendableCustomObjectField") String sendableCustomObjectField,
            @JsonAlias("SendableSubscriberField") String sendableSubscriberField) {}

    /** The Data field Journey Builder populates the contact key from, or null when the definition does not say. */
    public String sendableField() {
        return schema != null
                        && schema.sendableCustomObjectField() != null
                        && !schema.sendableCustomObjectField().isBlank()
                ? schema.sendableCustomObjectField()
                : null;
    }
}
