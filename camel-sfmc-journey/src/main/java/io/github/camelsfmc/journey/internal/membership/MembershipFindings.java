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
package io.github.camelsfmc.journey.internal.membership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelsfmc.journey.internal.http.ServerText;
import io.github.camelsfmc.journey.internal.payload.ContactMembershipResponse.Membership;

/**
 * What {@code contactMembership} (and, when asked, Journey History) said about the contacts asked, in the order
 * asked: the journeys (by journey key) and versions each is in, and the lookup keys it found in none. A key the answer
 * did not mention is in neither.
 *
 * @param notFound SFMC's contactsNotFound: lookup keys
 * @param history  what Journey History said about the contacts not found; null when it was not asked
 */
public record MembershipFindings(
        List<AskedContact> asked, List<Membership> memberships, List<String> notFound, HistoryFindings history) {

    /** Found in a version of the journey started by this endpoint's event definition key. */
    public static final String IN_JOURNEY = "inJourney";
    /** Found only in other journeys. */
    public static final String IN_ANOTHER_JOURNEY = "inAnotherJourney";
    /** Found in a journey, but which journey uses this event definition key is not known (no preflight report). */
    public static final String IN_A_JOURNEY = "inAJourney";
    /** In SFMC's contactsNotFound (and Journey History not asked, or not readable for it). */
    public static final String NOT_FOUND = "notFound";
    /** Not found now, and Journey History has a row of this journey for it: it entered and has left. */
    public static final String ENTERED_AND_LEFT = "enteredAndLeft";
    /** Not found now, and Journey History of the last 30 days has no row of this journey for it. */
    public static final String NO_HISTORY_FOUND = "noHistoryFound";
    /**
     * Not found under its ContactKey, but the journey takes the contact key from a sendable field whose value the
     * contact did not carry: whether it is in the journey is not known.
     */
    public static final String JOURNEY_CONTACT_KEY_UNKNOWN = "journeyContactKeyUnknown";
    /** In neither list of the answer: nothing is known. */
    public static final String NOT_ANSWERED = "notAnswered";

    public static final String NOT_FOUND_MEANING = "SFMC's contactMembership found these contacts in no journey:"
            + " either they never entered (the entry event was dropped, or is still being processed), or they"
            + " already left the journey (a short journey may be over within seconds). Not found is not proof of"
            + " either.";

    public MembershipFindings {
        asked = List.copyOf(asked);
        memberships = List.copyOf(memberships);
        notFound = List.copyOf(notFound);
    }

    /** These findings with what Journey History said about the contacts not found. */
    public MembershipFindings withHistory(HistoryFindings found) {
        return new MembershipFindings(asked, memberships, notFound, found);
    }

    /**
     * One verdict per contact asked, by ContactKey, in the order asked.
     *
     * @param journeyKeys the keys of the journeys this event definition starts, as preflight read them; empty when
     *                    not known, and then a found contact is only {@link #IN_A_JOURNEY}
     */
    public Map<String, String> verdicts(Set<String> journeyKeys) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (AskedContact contact : asked) {
            verdicts.put(contact.contactKey(), verdict(contact, journeyKeys));
        }
        return verdicts;
    }

    /** The ContactKeys confirmed in a version of this event definition's journey. */
    public List<String> inJourney(Set<String> journeyKeys) {
        return withVerdict(journeyKeys, IN_JOURNEY);
    }

    /** The ContactKeys whose lookup key SFMC found in no journey. */
    public List<String> notFoundContactKeys() {
        return asked.stream()
                .filter(c -> notFound.contains(c.lookupKey()) && !foundAnywhere(c.lookupKey()))
                .map(AskedContact::contactKey)
                .toList();
    }

    /** The lookup keys whose history can tell something: not found, and known to be the key Journey Builder used. */
    public List<String> lookupKeysForHistory() {
        Set<String> keys = new LinkedHashSet<>();
        for (AskedContact c : asked) {
            if (c.lookupKeyKnown() && notFound.contains(c.lookupKey()) && !foundAnywhere(c.lookupKey())) {
                keys.add(c.lookupKey());
            }
        }
        return new ArrayList<>(keys);
    }

    /** ContactKey to the key SFMC was asked about, for the contacts where the two differ. */
    public Map<String, String> lookupKeys() {
        Map<String, String> differing = new LinkedHashMap<>();
        asked.stream()
                .filter(c -> !c.lookupKey().equals(c.contactKey()))
                .forEach(c -> differing.put(c.contactKey(), c.lookupKey()));
        return differing;
    }

    /** ContactKey to its latest Journey History row, for the contacts that entered and left. */
    public Map<String, Map<String, Object>> historyEvidence() {
        Map<String, Map<String, Object>> evidence = new LinkedHashMap<>();
        if (history != null) {
            for (AskedContact c : asked) {
                Map<String, Object> row = history.evidence(c.lookupKey());
                if (row != null && notFound.contains(c.lookupKey()) && !foundAnywhere(c.lookupKey())) {
                    evidence.put(c.contactKey(), row);
                }
            }
        }
        return evidence;
    }

    /** The ContactKeys with the verdict {@link #JOURNEY_CONTACT_KEY_UNKNOWN}. */
    public List<String> unknownJourneyContactKeys() {
        return withVerdict(Set.of(), JOURNEY_CONTACT_KEY_UNKNOWN);
    }

    /**
     * What could not be checked, in words: contacts without the sendable field's value, and Journey History that
     * could not be read.
     */
    public List<String> warnings(String sendableField) {
        List<String> warnings = new ArrayList<>();
        List<String> unknown = unknownJourneyContactKeys();
        if (!unknown.isEmpty()) {
            warnings.add("The journey takes the contact key from Data field '" + sendableField + "' (the event"
                    + " definition's sendable field); " + unknown.size() + " contact(s) came without a value for it,"
                    + " so SFMC was asked about their ContactKey, and not finding it says nothing about them: "
                    + ServerText.quote(String.join(", ", unknown), 200, List.of())
                    + ". Send the contacts as they were entered, with '" + sendableField + "' in Data.");
        }
        if (history != null) {
            warnings.addAll(history.warnings());
        }
        return warnings;
    }

    /** SFMC's memberships as simple maps: contactKey (the key asked), journeyKey, version. */
    public List<Map<String, Object>> membershipMaps() {
        List<Map<String, Object>> maps = new ArrayList<>(memberships.size());
        for (Membership m : memberships) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("contactKey", m.contactKey());
            map.put("journeyKey", m.definitionKey());
            map.put("version", m.version());
            maps.add(map);
        }
        return maps;
    }

    private List<String> withVerdict(Set<String> journeyKeys, String wanted) {
        List<String> keys = new ArrayList<>();
        verdicts(journeyKeys).forEach((key, verdict) -> {
            if (wanted.equals(verdict)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private boolean foundAnywhere(String lookupKey) {
        return memberships.stream().anyMatch(m -> lookupKey.equals(m.contactKey()));
    }

    private String verdict(AskedContact contact, Set<String> journeyKeys) {
        String key = contact.lookupKey();
        boolean found = false;
        for (Membership m : memberships) {
            if (key.equals(m.contactKey())) {
                if (journeyKeys.contains(m.definitionKey())) {
                    return IN_JOURNEY;
                }
                found = true;
            }
        }
        if (found) {
            return journeyKeys.isEmpty() ? IN_A_JOURNEY : IN_ANOTHER_JOURNEY;
        }
        if (!notFound.contains(key)) {
            return NOT_ANSWERED;
        }
        if (!contact.lookupKeyKnown()) {
            return JOURNEY_CONTACT_KEY_UNKNOWN;
        }
        if (history != null && history.lastRows().containsKey(key)) {
            return ENTERED_AND_LEFT;
        }
        if (history != null && history.withoutHistory().contains(key)) {
            return NO_HISTORY_FOUND;
        }
        return NOT_FOUND;
    }
}
