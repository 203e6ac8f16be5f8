package io.github.camelsfmc.journey.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One member of {@code POST /interaction/v1/async/events}. The batch API uses camelCase ({@code contactKey},
 * {@code data}), unlike the single-event API.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BatchEntryMember(String contactKey, Map<String, Object> data) {
}
