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
package io.github.camelsfmc.journey.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What SFMC reports for one contact of a batch entry request: an item of {@code GET /interaction/v1/async/events/status}.
 * <p>
 * SFMC documents this API's query and paging but not its item fields, so every field may be null. Fields this type
 * does not know are kept, as SFMC sent them, in {@link #getOtherFields()}.
 */
public final class EntryStatus {

    private final String eventInstanceId;
    private final String requestId;
    private final String contactKey;
    private final String eventDefinitionKey;
    private final String status;
    private final String errorcode;
    private final String message;
    private final Instant createdDate;
    private final Instant modifiedDate;
    private final Map<String, Object> otherFields;

    public EntryStatus(
            String eventInstanceId,
            String requestId,
            String contactKey,
            String eventDefinitionKey,
            String status,
            String errorcode,
            String message,
            Instant createdDate,
            Instant modifiedDate,
            Map<String, Object> otherFields) {
        this.eventInstanceId = eventInstanceId;
        this.requestId = requestId;
        this.contactKey = contactKey;
        this.eventDefinitionKey = eventDefinitionKey;
        this.status = status;
        this.errorcode = errorcode;
        this.message = message;
        this.createdDate = createdDate;
        this.modifiedDate = modifiedDate;
        this.otherFields =
                otherFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    }

    /** The id SFMC queued this contact's event under, as returned by the batch entry call. */
    public String getEventInstanceId() {
        return eventInstanceId;
    }

    /** The requestId of the batch entry call that queued the contact. */
    public String getRequestId() {
        return requestId;
    }

    public String getContactKey() {
        return contactKey;
    }

    public String getEventDefinitionKey() {
        return eventDefinitionKey;
    }

    /** {@code queued}, {@code processed} or {@code errored}, as SFMC spells it. */
    public String getStatus() {
        return status;
    }

    /** True when SFMC reports that journey processing dropped the contact. */
    public boolean isErrored() {
        return "errored".equalsIgnoreCase(status);
    }

    /**
     * True when SFMC reports the contact {@code processed}. SFMC does not document what that means; it is not proof
     * that the contact is in the journey (re-entry rules or a paused journey may keep a processed contact out).
     */
    public boolean isProcessed() {
        return "processed".equalsIgnoreCase(status);
    }

    /** SFMC's error code when the contact errored, else null. */
    public String getErrorcode() {
        return errorcode;
    }

    /** SFMC's reason when the contact errored, else null. */
    public String getMessage() {
        return message;
    }

    public Instant getCreatedDate() {
        return createdDate;
    }

    /** When SFMC last changed this status. */
    public Instant getModifiedDate() {
        return modifiedDate;
    }

    /** The item fields SFMC sent that this type does not name, unchanged. */
    public Map<String, Object> getOtherFields() {
        return otherFields;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryStatus that
                && Objects.equals(eventInstanceId, that.eventInstanceId)
                && Objects.equals(requestId, that.requestId)
                && Objects.equals(contactKey, that.contactKey)
                && Objects.equals(eventDefinitionKey, that.eventDefinitionKey)
                && Objects.equals(status, that.status)
                && Objects.equals(errorcode, that.errorcode)
                && Objects.equals(message, that.message)
                && Objects.equals(createdDate, that.createdDate)
                && Objects.equals(modifiedDate, that.modifiedDate)
                && otherFields.equals(that.otherFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventInstanceId, status, modifiedDate);
    }

    @Override
    public String toString() {
        return "EntryStatus[contactKey=" + contactKey + ", status=" + status
                + (errorcode != null ? ", errorcode=" + errorcode : "")
                + (message != null ? ", message=" + message : "")
                + ", eventInstanceId=" + eventInstanceId + ", requestId=" + requestId + "]";
    }
}
