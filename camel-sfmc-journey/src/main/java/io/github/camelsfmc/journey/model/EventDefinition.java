package io.github.camelsfmc.journey.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of {@code GET /interaction/v1/eventDefinitions/key:{key}} that preflight uses: the entry source type, its
 * mode, and the entry data extension that holds the entry data.
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
        Integer publishedInteractionCount) {
}
