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
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelsfmc.journey.internal.payload.ContactMembershipResponse.Membership;

/**
 * What {@code contactMembership} said about the contact keys asked, in the order asked: the journeys (by journey key)
 * and versions each is in, and the keys it found in none. A key the answer did not mention is in neither.
 */
public record MembershipFindings(List<String> asked, List<Membership> memberships, List<String> notFound) {

    /** Found in a version of the journey started by this endpoint's event definition key. */
    public static final String IN_JOURNEY = "inJourney";
    /** Found only in other journeys. */
    public static final String IN_ANOTHER_JOURNEY = "inAnotherJourney";
    /** Found in a journey, but which journey uses this event definition key is not known (no preflight report). */
    public static final String IN_A_JOURNEY = "inAJourney";
    /** In SFMC's contactsNotFound. */
    public static final String NOT_FOUND = "notFound";
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

    /**
     * One verdict per key asked, in the order asked.
     *
     * @param journeyKeys the keys of the journeys this event definition starts, as preflight read them; empty when
     *                    not known, and then a found contact is only {@link #IN_A_JOURNEY}
     */
    public Map<String, String> verdicts(Set<String> journeyKeys) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (String key : asked) {
            verdicts.put(key, verdict(key, journeyKeys));
        }
        return verdicts;
    }

    /** The keys confirmed in a version of this event definition's journey. */
    public List<String> inJourney(Set<String> journeyKeys) {
        List<String> confirmed = new ArrayList<>();
        verdicts(journeyKeys).forEach((key, verdict) -> {
            if (IN_JOURNEY.equals(verdict)) {
                confirmed.add(key);
            }
        });
        return confirmed;
    }

    /** SFMC's memberships as simple maps: contactKey, journeyKey, version. */
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

    private String verdict(String key, Set<String> journeyKeys) {
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
        return notFound.contains(key) ? NOT_FOUND : NOT_ANSWERED;
    }
}
