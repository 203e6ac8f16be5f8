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
import java.util.List;

/**
 * What reconcileUnknownOutcome found out about contacts whose entry call ended without a readable answer. Each contact
 * gets one verdict, with the evidence it rests on:
 * <ul>
 * <li><b>QUEUED</b>: SFMC's status API lists an entry of the contact for the event definition key created at or after
 * the send time (minus a small clock allowance), with its eventInstanceId; or, for a single entry, contactMembership
 * shows the contact in a journey this key starts (then no eventInstanceId is known). Do not resend it.</li>
 * <li><b>NOT_RECEIVED</b>: every look answered and none found the contact until the reconcile timeout: SFMC did not
 * receive it as far as these APIs show, and it is safe to resend (see docs/reliability.md for the residual risk).</li>
 * <li><b>UNKNOWN</b>: a look failed, SFMC was unreachable, or what it listed is ambiguous (an errored status, fewer
 * entries than copies sent); the evidence says what was tried. Check Journey Builder before resending.</li>
 * </ul>
 */
public final class ReconciliationResult {

    /** What the looks at SFMC showed about one contact. */
    public enum Verdict {
        QUEUED,
        NOT_RECEIVED,
        UNKNOWN
    }

    /**
     * One contact's verdict.
     *
     * @param index           the contact's position in the List body (0 for a single entry)
     * @param contact         the contact as the route sent it
     * @param eventInstanceId SFMC's id of the entry found, or null (not queued, or found through contactMembership)
     * @param requestId       the requestId of the status item found, or null
     * @param evidence        what the verdict rests on, in words
     */
    public record ContactVerdict(
            int index,
            Object contact,
            String contactKey,
            Verdict verdict,
            String eventInstanceId,
            String requestId,
            String evidence) {}

    private final List<ContactVerdict> contacts;
    private final String asked;
    private final Instant from;
    private final int looks;
    private final Instant until;

    /**
     * @param asked what SFMC was asked, in words (the APIs and filters)
     * @param from  the earliest creation time on SFMC's clock an entry could have to count as this one
     * @param looks how many looks were made
     * @param until when the last look ended (or the reconciliation was cut off)
     */
    public ReconciliationResult(List<ContactVerdict> contacts, String asked, Instant from, int looks, Instant until) {
        this.contacts = List.copyOf(contacts);
        this.asked = asked;
        this.from = from;
        this.looks = looks;
        this.until = until;
    }

    public List<ContactVerdict> getContacts() {
        return contacts;
    }

    public List<ContactVerdict> getQueued() {
        return of(Verdict.QUEUED);
    }

    /** The contacts SFMC did not receive, safe to resend. */
    public List<ContactVerdict> getNotReceived() {
        return of(Verdict.NOT_RECEIVED);
    }

    /** The contacts whose outcome is still unknown. */
    public List<ContactVerdict> getUnknown() {
        return of(Verdict.UNKNOWN);
    }

    public boolean isAllQueued() {
        return getQueued().size() == contacts.size();
    }

    public String getAsked() {
        return asked;
    }

    public Instant getFrom() {
        return from;
    }

    public int getLooks() {
        return looks;
    }

    public Instant getUntil() {
        return until;
    }

    private List<ContactVerdict> of(Verdict verdict) {
        return contacts.stream().filter(c -> c.verdict() == verdict).toList();
    }

    @Override
    public String toString() {
        return "ReconciliationResult[queued=" + getQueued().size() + ", notReceived="
                + getNotReceived().size()
                + ", unknown=" + getUnknown().size() + ", asked " + asked + " from " + from + ", " + looks
                + " looks until " + until + "]";
    }
}
