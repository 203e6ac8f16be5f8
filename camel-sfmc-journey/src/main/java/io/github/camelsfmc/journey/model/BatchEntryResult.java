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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.camelsfmc.journey.internal.entry.Undelivered;

/**
 * What happened to each contact of a batch (a List body), in the order the route sent them.
 * <ul>
 * <li><b>queued</b>: SFMC accepted the member and gave it an eventInstanceId;</li>
 * <li><b>rejected</b>: the member itself was refused, by the component before sending (no contact key, a value that
 * cannot be written) or by SFMC in its per-member result. Replaying it unchanged fails again;</li>
 * <li><b>failed</b>: the request carrying the member failed as a whole (throttled after retries, server error,
 * unreachable, or no answer after it was sent). When {@code error().isOutcomeUnknown()} is false, SFMC did not queue
 * it and replaying it later enters it once. When it is true (a timeout or a connection reset after the request was
 * sent), SFMC may have queued it: entry events are not idempotent, so a replay may enter it twice; check the journey
 * (or the status API) before replaying it.</li>
 * </ul>
 */
public final class BatchEntryResult {

    private final int total;
    private final List<QueuedContact> queued;
    private final List<RejectedContact> rejected;
    private final List<FailedContact> failed;
    private final List<String> requestIds;
    private final int retries;

    /** The outcome of {@code total} contacts; each list is kept in input order. */
    public BatchEntryResult(
            int total,
            List<QueuedContact> queued,
            List<RejectedContact> rejected,
            List<FailedContact> failed,
            List<String> requestIds,
            int retries) {
        this.total = total;
        this.queued = List.copyOf(queued);
        this.rejected = List.copyOf(rejected);
        this.failed = List.copyOf(failed);
        this.requestIds = List.copyOf(requestIds);
        this.retries = retries;
    }

    /** A contact SFMC queued for entry. */
    public record QueuedContact(
            int index, Object contact, String contactKey, String eventInstanceId, String requestId) {}

    /**
     * A contact refused on its own. {@code errorCode} is SFMC's member errorcode, or {@code VALIDATION} when the
     * component refused it before sending.
     */
    public record RejectedContact(int index, Object contact, String contactKey, String errorCode, String message) {}

    /** A contact whose request failed as a whole, with the failure. */
    public record FailedContact(int index, Object contact, String contactKey, SfmcJourneyException error) {}

    /** How many times requests of this batch were retried, over all its chunks. */
    public int getRetryCount() {
        return retries;
    }

    public int getTotal() {
        return total;
    }

    public List<QueuedContact> getQueued() {
        return queued;
    }

    public List<RejectedContact> getRejected() {
        return rejected;
    }

    public List<FailedContact> getFailed() {
        return failed;
    }

    /** The requestId of every batch request SFMC accepted, for {@code GET /interaction/v1/async/events/status}. */
    public List<String> getRequestIds() {
        return requestIds;
    }

    public int getQueuedCount() {
        return queued.size();
    }

    /** Rejected plus failed. */
    public int getNotQueuedCount() {
        return rejected.size() + failed.size();
    }

    /** The eventInstanceId of each contact in input order, null where the contact was not queued. */
    public List<String> getEventInstanceIds() {
        List<String> ids = new ArrayList<>(Collections.nCopies(total, (String) null));
        for (QueuedContact contact : queued) {
            ids.set(contact.index(), contact.eventInstanceId());
        }
        return ids;
    }

    /**
     * The contacts that did not reach the journey queue, in input order and in the form the route sent them: the failed
     * ones, and the rejected ones when {@code includeRejected}.
     */
    public List<Object> undeliveredContacts(boolean includeRejected) {
        List<Undelivered> all = new ArrayList<>();
        failed.forEach(f -> all.add(new Undelivered(f.index(), f.contact())));
        if (includeRejected) {
            rejected.forEach(r -> all.add(new Undelivered(r.index(), r.contact())));
        }
        all.sort((a, b) -> Integer.compare(a.index(), b.index()));
        List<Object> contacts = new ArrayList<>(all.size());
        all.forEach(u -> contacts.add(u.contact()));
        return contacts;
    }

    @Override
    public String toString() {
        return "BatchEntryResult[total=" + total + ", queued=" + queued.size() + ", rejected=" + rejected.size()
                + ", failed=" + failed.size() + ", retries=" + retries + "]";
    }

    private record Undelivered(int index, Object contact) {}
}
