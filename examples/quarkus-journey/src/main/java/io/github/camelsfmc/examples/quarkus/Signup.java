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
package io.github.camelsfmc.examples.quarkus;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A newsletter sign-up as the web form posts it. */
@RegisterForReflection
public record Signup(String email, String firstName, String lastName) {

    /**
     * The sign-up in the shape of the journey's entry data extension: SFMC field names are case-sensitive, and the
     * e-mail address doubles as the contact key.
     */
    public Map<String, Object> toJourneyContact() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("ContactKey", email);
        contact.put("Email", email);
        contact.put("FirstName", firstName);
        contact.put("LastName", lastName);
        return contact;
    }
}
