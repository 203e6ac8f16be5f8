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
package io.github.camelsfmc.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * One batch member as {@code GET /interaction/v1/async/events/status} reports it. Each change makes a new status that
 * keeps the one before in {@code previous}, so that the status API can show what was visible at a given time.
 */
record BatchMemberStatus(
        String eventInstanceId,
        String requestId,
        String contactKey,
        String eventDefinitionKey,
        int mid,
        String status,
        String errorcode,
        String message,
        Instant created,
        Instant modified,
        BatchMemberStatus previous) {

    static final String QUEUED = "queued";
    static final String PROCESSED = "processed";
    static final String ERRORED = "errored";

    /** A member accepted at {@code accepted}, waiting for journey processing. */
    static BatchMemberStatus queued(
            String eventInstanceId, String requestId, String contactKey, Journey j, Instant accepted) {
        return new BatchMemberStatus(
                eventInstanceId,
                requestId,
                contactKey,
                j.eventDefinitionKey(),
                j.mid(),
                QUEUED,
                null,
                null,
                accepted,
                accepted,
                null);
    }

    /** This member with a new status from {@code at} on; this one becomes its previous status. */
    BatchMemberStatus changedTo(String newStatus, String newErrorcode, String newMessage, Instant at) {
        return new BatchMemberStatus(
                eventInstanceId,
                requestId,
                contactKey,
                eventDefinitionKey,
                mid,
                newStatus,
                newErrorcode,
                newMessage,
                created,
                at,
                this);
    }

    boolean isErrored() {
        return ERRORED.equals(status);
    }

    /** The status as seen {@code delay} after each change: this one, an earlier one, or null (not yet visible). */
    BatchMemberStatus visibleAt(Instant now, Duration delay) {
        BatchMemberStatus s = this;
        while (s != null && s.modified().plus(delay).isAfter(now)) {
            s = s.previous();
        }
        return s;
    }
}
