package io.github.camelsfmc.journey.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer to {@code POST /interaction/v1/events}. The id means SFMC queued the event, not that the contact entered.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntryEventResponse(String eventInstanceId) {
}
