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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of {@code GET /interaction/v1/interactions?extras=activities}: journeys with their status, re-entry mode
 * ({@code entryMode}) and triggers, whose metadata names the event definition key that starts them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InteractionPage(Integer count, Integer page, Integer pageSize, List<Interaction> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interaction(
            String id,
            String key,
            String name,
            Integer version,
            String status,
            String entryMode,
            String lastPublishedDate,
            String definitionId,
            List<Trigger> triggers) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Trigger(String type, TriggerMetaData metaData) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TriggerMetaData(String eventDefinitionId, String eventDefinitionKey) {}
}
