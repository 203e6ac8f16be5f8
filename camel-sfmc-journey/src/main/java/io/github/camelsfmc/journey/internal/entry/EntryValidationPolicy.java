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
package io.github.camelsfmc.journey.internal.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.mapping.InvalidContactException;
import io.github.camelsfmc.journey.internal.preflight.JourneyEntryGuard;
import io.github.camelsfmc.journey.model.CheckMode;
import io.github.camelsfmc.journey.model.EntryEvent;

/**
 * Decides, for both senders, what happens to a contact the endpoint's journey would not take: {@code STRICT} refuses
 * it before sending when something is known to stop it, {@code WARN} sends it and reports the findings (one
 * rate-limited log line per contact), {@code OFF} does not look. In both modes a contact is sent, with a warning, when
 * all that stands against it is doubt: a value SFMC may or may not take, or a fact preflight could not establish. It also tells the guard what SFMC did, so re-entry tracking and the cached view of the
 * journey stay current.
 */
public final class EntryValidationPolicy {

    private final JourneyEntryGuard guard;
    private final CheckMode mode;
    private final String endpointEventDefinitionKey;
    private final WarningLog warnings;

    /** @param guard the endpoint's guard, or null when preflight and validation are both off */
    public EntryValidationPolicy(
            JourneyEntryGuard guard, CheckMode mode, String endpointEventDefinitionKey, WarningLog warnings) {
        this.guard = guard;
        this.mode = mode;
        this.endpointEventDefinitionKey = endpointEventDefinitionKey;
        this.warnings = warnings;
    }

    /** The endpoint's guard (its preflight report names the journeys the key starts), or null. */
    public JourneyEntryGuard guard() {
        return guard;
    }

    /**
     * Completes once the journey has been looked at, so that the first contacts are judged too; already complete
     * when there is nothing to wait for.
     */
    public CompletableFuture<?> ready() {
        if (guard == null || mode == CheckMode.OFF) {
            return CompletableFuture.completedFuture(null);
        }
        return guard.ready();
    }

    /**
     * Judges one contact.
     *
     * @return                         the findings to report with a contact that is sent anyway; empty when there are
     *                                 none
     * @throws InvalidContactException in strict mode, when anything stands in the contact's way
     */
    List<String> check(EntryEvent event, String eventDefinitionKey) {
        // the guard knows the endpoint's journey; a key from a header or the body is not checked
        if (guard == null || mode == CheckMode.OFF || !eventDefinitionKey.equals(endpointEventDefinitionKey)) {
            return List.of();
        }
        JourneyEntryGuard.Verdict verdict = guard.inspect(event);
        if (mode == CheckMode.STRICT && !verdict.refusals().isEmpty()) {
            throw new InvalidContactException(
                    String.join("; ", verdict.refusals())
                            + " (validation=strict refused it before sending; validation=warn sends it anyway)",
                    null);
        }
        if (verdict.isClear()) {
            return List.of();
        }
        // what was found in this contact is logged here (rate-limited); what preflight could not check, once by the
        // guard
        List<String> found = new ArrayList<>(verdict.refusals());
        found.addAll(verdict.warnings());
        if (!found.isEmpty()) {
            warnings.warn(String.join("; ", found));
        }
        found.addAll(verdict.unchecked());
        return found;
    }

    /** SFMC queued the contact. */
    void queued(String eventDefinitionKey, String contactKey) {
        if (guard != null && eventDefinitionKey.equals(endpointEventDefinitionKey)) {
            guard.entered(contactKey);
        }
    }

    /** SFMC refused a payload: when it says the payload does not fit, what is known of the journey may be stale. */
    void refused(SfmcCallFailure failure) {
        if (guard != null && failure.status() == 400) {
            guard.schemaRejected();
        }
    }
}
