package io.github.camelsfmc.journey.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of {@code GET /interaction/v1/interactions?extras=activities}: journeys with their status, re-entry mode
 * ({@code entryMode}) and triggers, whose metadata names the event definition key that starts them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InteractionPage(Integer count, Integer page, Integer pageSize, List<Interaction> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interaction(String id, String key, String name, Integer version, String status, String entryMode,
                              List<Trigger> triggers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Trigger(String type, TriggerMetaData metaData) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TriggerMetaData(String eventDefinitionId, String eventDefinitionKey) {
    }
}
