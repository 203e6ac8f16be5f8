package io.github.camelsfmc.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * A contact that entered a journey.
 *
 * @param requestId the batch requestId, {@code null} for single events
 */
public record Entry(String contactKey, Map<String, Object> data, String eventInstanceId, String requestId,
        EntryChannel via, Instant at) {
}
