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
