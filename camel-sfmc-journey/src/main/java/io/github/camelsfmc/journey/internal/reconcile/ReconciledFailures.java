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

import java.util.List;
import java.util.stream.Collectors;

import io.github.camelsfmc.journey.model.ReconciliationResult;
import io.github.camelsfmc.journey.model.ReconciliationResult.ContactVerdict;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/** The one place reconciliation makes failures: for contacts SFMC did not receive, and for those still unknown. */
final class ReconciledFailures {

    /** Contact keys named in a message; the rest are counted. */
    private static final int KEYS_NAMED = 5;

    private ReconciledFailures() {}

    /** Not delivered, and, on the evidence, not received by SFMC: the outcome is known, resending enters them once. */
    static SfmcJourneyException notReceived(String key, List<ContactVerdict> verdicts, ReconciliationResult result) {
        return failure(
                verdicts.size() + " contact(s) " + keys(verdicts) + " were not received by SFMC for event definition"
                        + " key '" + key + "' and are safe to resend. " + evidence(verdicts, result),
                false,
                verdicts);
    }

    /** Still not known to have been queued or not: resending may enter them twice. */
    static SfmcJourneyException stillUnknown(String key, List<ContactVerdict> verdicts, ReconciliationResult result) {
        return failure(
                "Whether SFMC queued " + verdicts.size() + " contact(s) " + keys(verdicts) + " for event definition"
                        + " key '" + key + "' is still unknown after reconciling. " + evidence(verdicts, result)
                        + " Check Journey Builder before replaying them.",
                true,
                verdicts);
    }

    private static SfmcJourneyException failure(String message, boolean outcomeUnknown, List<ContactVerdict> verdicts) {
        List<Object> contacts = verdicts.stream().map(ContactVerdict::contact).collect(Collectors.toList());
        return outcomeUnknown
                ? SfmcJourneyException.outcomeUnknown(message, contacts, null)
                : SfmcJourneyException.notSent(message, contacts, null);
    }

    private static String keys(List<ContactVerdict> verdicts) {
        String named = verdicts.stream()
                .limit(KEYS_NAMED)
                .map(v -> "'" + v.contactKey() + "'")
                .collect(Collectors.joining(", "));
        return "(" + named + (verdicts.size() > KEYS_NAMED ? " and " + (verdicts.size() - KEYS_NAMED) + " more" : "")
                + ")";
    }

    private static String evidence(List<ContactVerdict> verdicts, ReconciliationResult result) {
        String first = verdicts.get(0).evidence();
        return (first.endsWith(".") ? first : first + ".") + " Asked: " + result.getAsked() + ", " + result.getLooks()
                + " look(s) until " + result.getUntil() + " (details in the CamelSfmcJourneyReconciliation header).";
    }
}
