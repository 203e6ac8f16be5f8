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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelsfmc.journey.internal.mapping.EntryEventMapper;
import io.github.camelsfmc.journey.internal.mapping.InvalidContactException;

/**
 * The contact keys a membership check asks about, from a message body: a contact key, a List of them, or contacts
 * (Map, POJO, JSON object, EntryEvent) whose ContactKey is found as entry finds it. Each key once, in first-seen order.
 */
public final class ContactKeyList {

    private final EntryEventMapper mapper;

    public ContactKeyList(EntryEventMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param  body                    one contact key or contact, or a List of them
     * @param  contactKeyOverride      the contact key header (used for a single body only), or null
     * @throws InvalidContactException  when a body has no usable contact key
     * @throws IllegalArgumentException when there is no contact at all (an empty List)
     */
    public List<String> of(Object body, Object contactKeyOverride) {
        Set<String> keys = new LinkedHashSet<>();
        if (body instanceof Iterable<?> many) {
            for (Object one : many) {
                keys.add(keyOf(one, null));
            }
        } else if (body != null || contactKeyOverride != null) {
            keys.add(keyOf(body, contactKeyOverride));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(
                    "No contact key to confirm: send a contact key, a contact, or a List of them");
        }
        return new ArrayList<>(keys);
    }

    private String keyOf(Object one, Object override) {
        if (override != null && (one == null || isBareKey(one))) {
            return mapper.map(Map.of(), override).getContactKey();
        }
        if (isBareKey(one)) {
            return mapper.map(Map.of(), one.toString()).getContactKey();
        }
        return mapper.map(one, override).getContactKey();
    }

    /** A text that is not a JSON object is the contact key itself. */
    private static boolean isBareKey(Object one) {
        return one instanceof CharSequence text && !text.toString().strip().startsWith("{");
    }
}
