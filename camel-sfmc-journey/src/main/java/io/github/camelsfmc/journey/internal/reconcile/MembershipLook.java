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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.github.camelsfmc.journey.internal.membership.AskedContact;
import io.github.camelsfmc.journey.internal.membership.MembershipCheck;
import io.github.camelsfmc.journey.internal.membership.MembershipFindings;
import io.github.camelsfmc.journey.internal.payload.ContactMembershipResponse.Membership;
import io.github.camelsfmc.journey.internal.preflight.PreflightReport;

/**
 * Asks {@code contactMembership} whether a single entry's contact is in a journey the event definition key starts.
 * Found means the contact is in that journey now, which the lost entry explains, though an earlier entry would too;
 * not found does not tell a contact that never entered from one who already left a short journey.
 */
final class MembershipLook {

    /**
     * @param inJourney the evidence when the contact is in a journey of this key, else null
     * @param doubt     why the answer settles nothing (a journey, but which journeys the key starts is unknown)
     */
    record Answer(String inJourney, String doubt) {
        static final Answer NOT_ASKED = new Answer(null, null);
    }

    private final MembershipCheck check;
    private final Supplier<PreflightReport> preflight;

    /** @param preflight what preflight read of the event definition and its journeys, or null while it has not */
    MembershipLook(MembershipCheck check, Supplier<PreflightReport> preflight) {
        this.check = check;
        this.preflight = preflight;
    }

    CompletableFuture<Answer> look(String contactKey, String key) {
        PreflightReport report = preflight.get();
        Set<String> journeys = report != null ? report.journeyKeys() : Set.of();
        String field = report != null ? report.sendableField() : null;
        // a journey that files contacts under another field's value: not finding the ContactKey proves nothing
        boolean filedUnderContactKey = field == null || "ContactKey".equalsIgnoreCase(field);
        return check.check(List.of(new AskedContact(contactKey, contactKey, filedUnderContactKey)), key)
                .thenApply(findings -> answer(findings, contactKey, journeys, field));
    }

    private static Answer answer(
            MembershipFindings findings, String contactKey, Set<String> journeys, String sendableField) {
        String verdict = findings.verdicts(journeys).get(contactKey);
        if (MembershipFindings.IN_JOURNEY.equals(verdict)) {
            for (Membership m : findings.memberships()) {
                if (contactKey.equals(m.contactKey()) && journeys.contains(m.definitionKey())) {
                    return new Answer(
                            "contactMembership shows it in journey '" + m.definitionKey() + "' version " + m.version()
                                    + ", which this event definition key starts; no eventInstanceId is known",
                            null);
                }
            }
            return new Answer(null, "contactMembership said it is in a journey of this key without naming it");
        }
        if (MembershipFindings.IN_A_JOURNEY.equals(verdict)) {
            return new Answer(
                    null,
                    "contactMembership shows it in a journey, but which journeys this event definition key starts is"
                            + " not known (preflight is off or has not read them)");
        }
        if (MembershipFindings.JOURNEY_CONTACT_KEY_UNKNOWN.equals(verdict)) {
            return new Answer(
                    null,
                    "the journey files contacts under sendable field '" + sendableField
                            + "', not the ContactKey, so contactMembership not finding the ContactKey tells nothing");
        }
        if (MembershipFindings.NOT_ANSWERED.equals(verdict)) {
            return new Answer(null, "contactMembership answered neither found nor not found for it");
        }
        return Answer.NOT_ASKED; // not found, or only in other journeys
    }
}
