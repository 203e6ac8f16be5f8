package io.github.camelsfmc.journey.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer to {@code POST /interaction/v1/async/events}: one result per member, in request order.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchEntryResponse(String requestId, Integer count, Integer notQueuedCount, List<MemberResult> members) {

    /**
     * A member's outcome: an {@code eventInstanceId} when it was queued, else SFMC's {@code errorcode} (documented as a
     * string) and {@code message}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MemberResult(String contactKey, String eventInstanceId, String errorcode, String message) {

        public boolean isQueued() {
            return eventInstanceId != null && errorcode == null;
        }
    }
}
