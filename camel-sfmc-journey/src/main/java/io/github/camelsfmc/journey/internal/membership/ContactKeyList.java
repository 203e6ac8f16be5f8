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

import io.github.camelsfmc.journey.internal.mapping.EntryEventMapper;
import io.github.camelsfmc.journey.internal.mapping.InvalidContactException;
import io.github.camelsfmc.journey.internal.validation.SendableField;
import io.github.camelsfmc.journey.model.EntryEvent;

/**
 * The contacts a membership check asks about, from a message body: a contact key, a List of them, or contacts (Map,
 * POJO, JSON object, EntryEvent) whose ContactKey is found as entry finds it. Each ContactKey once, in first-seen
 * order. Journey Builder files a contact under the value of the event definition's sendable field, so that value is
 * what SFMC is asked about when the contact carries it.
 */
public final class ContactKeyList {

    private final EntryEventMapper mapper;
    private final boolean fillSendableField;

    /** @param fillSendableField whether entry puts the ContactKey into a sendable field that Data leaves empty */
    public ContactKeyList(EntryEventMapper mapper, boolean fillSendableField) {
        this.mapper = mapper;
        this.fillSendableField = fillSendableField;
    }

    /**
     * @param  body                    one contact key or contact, or a List of them
     * @param  contactKeyOverride      the contact key header (used for a single body only), or null
     * @param  sendableField           the Data field Journey Builder takes the contact key from, or null when not known
     * @throws InvalidContactException  when a body has no usable contact key
     * @throws IllegalArgumentException when there is no contact at all (an empty List)
     */
    public List<AskedContact> of(Object body, Object contactKeyOverride, String sendableField) {
        Map<String, AskedContact> contacts = new LinkedHashMap<>();
        if (body instanceof Iterable<?> many) {
            for (Object one : many) {
                add(contacts, one, null, sendableField);
            }
        } else if (body != null || contactKeyOverride != null) {
            add(contacts, body, contactKeyOverride, sendableField);
        }
        if (contacts.isEmpty()) {
            throw new IllegalArgumentException(
                    "No contact key to confirm: send a contact key, a contact, or a List of them");
        }
        return new ArrayList<>(contacts.values());
    }

    private void add(Map<String, AskedContact> contacts, Object one, Object override, String sendableField) {
        boolean bareKey = isBareKey(one);
        EntryEvent event;
        if (override != null && (one == null || bareKey)) {
            bareKey = true;
            event = mapper.map(Map.of(), override);
        } else if (bareKey) {
            event = mapper.map(Map.of(), one.toString());
        } else {
            event = mapper.map(one, override);
        }
        contacts.putIfAbsent(event.getContactKey(), asked(event, bareKey, sendableField));
    }

    private AskedContact asked(EntryEvent event, boolean bareKey, String sendableField) {
        String contactKey = event.getContactKey();
        String value = SendableField.valueOf(event, sendableField);
        if (value != null) {
            return new AskedContact(contactKey, value, true);
        }
        boolean filledFromContactKey = !bareKey && fillSendableField;
        boolean known = sendableField == null || "ContactKey".equalsIgnoreCase(sendableField) || filledFromContactKey;
        return new AskedContact(contactKey, contactKey, known);
    }

    /** A text that is not a JSON object is the contact key itself. */
    private static boolean isBareKey(Object one) {
        return one instanceof CharSequence text && !text.toString().strip().startsWith("{");
    }
}
