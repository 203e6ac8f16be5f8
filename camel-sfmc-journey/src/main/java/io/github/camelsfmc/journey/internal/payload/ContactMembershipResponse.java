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
package io.github.camelsfmc.journey.internal.payload;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer to {@code POST /interaction/v1/interactions/contactMembership}: the journeys (by journey key) and versions
 * each asked contact is in now, and the contacts found in none. The reference names the two lists, not their envelope,
 * so both a {@code results} wrapper and top-level lists are read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactMembershipResponse(
        Results results, List<Membership> contactMemberships, List<String> contactsNotFound) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Results(List<Membership> contactMemberships, List<String> contactsNotFound) {}

    /** {@code definitionKey} is the journey's key (the key shared by its versions), not the event definition key. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Membership(String contactKey, String definitionKey, Integer version) {}

    /** The memberships, or null when the answer has no such list. */
    public List<Membership> memberships() {
        return results != null && results.contactMemberships() != null
                ? results.contactMemberships()
                : contactMemberships;
    }

    /** The contacts found in no journey, or null when the answer has no such list. */
    public List<String> notFound() {
        return results != null && results.contactsNotFound() != null ? results.contactsNotFound() : contactsNotFound;
    }
}
