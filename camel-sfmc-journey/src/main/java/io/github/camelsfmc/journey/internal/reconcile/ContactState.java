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
package io.github.camelsfmc.journey.internal.reconcile;

import io.github.camelsfmc.journey.model.ReconciliationResult.ContactVerdict;
import io.github.camelsfmc.journey.model.ReconciliationResult.Verdict;

/** What the looks so far showed of one contact; guarded by its {@link Reconciliation}. */
final class ContactState {

    final PendingContact pending;
    /** The evidence it was queued, or null while it is not found. */
    String found;

    String eventInstanceId;
    String requestId;
    /** Why the last answer about it settles nothing, or null. */
    String doubt;
    /** The first look that failed for it, or null. */
    String failure;
    /** The last look that answered for it (0: none). */
    int answered;
    /** False once a look found more statuses than it read. */
    boolean complete = true;

    ContactState(PendingContact pending) {
        this.pending = pending;
    }

    /**
     * Queued on evidence; not received only when every look answered, none found it, nothing was in doubt and the
     * looks ran their course; unknown otherwise.
     *
     * @param cutOff why the looks ended early, or null
     */
    ContactVerdict verdict(int looks, String cutOff, boolean single) {
        if (found != null) {
            return verdict(Verdict.QUEUED, found);
        }
        String unknown = null;
        if (failure != null) {
            unknown = failure;
        } else if (looks == 0 || answered < looks) {
            unknown = "look " + (answered + 1) + " did not answer before " + (cutOff != null ? cutOff : "the end");
        } else if (doubt != null) {
            unknown = doubt;
        } else if (!complete) {
            unknown = "SFMC listed more statuses of it than the " + ReconcileSettings.MAX_STATUS_PAGES + " pages read";
        } else if (cutOff != null) {
            unknown = "the looks were cut off: " + cutOff;
        }
        if (unknown != null) {
            return verdict(Verdict.UNKNOWN, "Outcome still unknown: " + unknown);
        }
        return verdict(
                Verdict.NOT_RECEIVED,
                "Not in SFMC's status API" + (single ? " nor in a journey of this key per contactMembership" : "")
                        + " in " + looks + " looks, each answered");
    }

    private ContactVerdict verdict(Verdict verdict, String evidence) {
        return new ContactVerdict(
                pending.index(),
                pending.contact(),
                pending.contactKey(),
                verdict,
                verdict == Verdict.QUEUED ? eventInstanceId : null,
                verdict == Verdict.QUEUED ? requestId : null,
                evidence);
    }
}
