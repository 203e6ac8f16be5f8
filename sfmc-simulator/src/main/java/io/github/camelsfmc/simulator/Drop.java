package io.github.camelsfmc.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * A contact whose event was accepted by the API but who did not enter the journey.
 *
 * @param detail names the field or value at fault, or the journey state
 * @param requestId the batch requestId, {@code null} for single events (addition to the contract)
 * @param via how the contact was sent (addition to the contract)
 */
public record Drop(String contactKey, Map<String, Object> data, String eventInstanceId, DropReason reason,
        String detail, Instant at, String requestId, EntryChannel via) {
}
