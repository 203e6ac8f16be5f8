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
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Tells a batch body from a single contact, and names the contacts a body holds. */
public final class MessageBodies {

    private MessageBodies() {}

    /** The contacts of a batch body (a Collection, array, Iterator or JSON array), or null for a single contact. */
    public static List<?> contacts(Object body) {
        if (body instanceof List<?> list) {
            return list;
        }
        if (body instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (body instanceof Object[] array) {
            // not List.of: a null element is a contact too, rejected on its own
            return Arrays.asList(array);
        }
        if (body instanceof ArrayNode array) {
            List<Object> elements = new ArrayList<>(array.size());
            array.forEach(elements::add);
            return elements;
        }
        if (body instanceof Iterator<?> iterator) {
            List<Object> elements = new ArrayList<>();
            iterator.forEachRemaining(elements::add);
            return elements;
        }
        if (body instanceof Iterable<?> iterable && !(body instanceof Map<?, ?>) && !(body instanceof JsonNode)) {
            List<Object> elements = new ArrayList<>();
            iterable.forEach(elements::add);
            return elements;
        }
        return null;
    }

    /** A body that can be read only once: an Iterator, or an Iterable that is not a Collection. */
    public static boolean isOnePass(Object body) {
        return body instanceof Iterator<?>
                || (body instanceof Iterable<?>
                        && !(body instanceof Collection<?>)
                        && !(body instanceof Map<?, ?>)
                        && !(body instanceof JsonNode));
    }

    /**
     * The contacts of a body that could not be sent. A one-pass body that failed while read is handed back whole: read
     * again, it would yield only what was left, or fail again.
     */
    public static List<?> undelivered(Object body) {
        if (isOnePass(body)) {
            return Collections.singletonList(body);
        }
        try {
            List<?> contacts = contacts(body);
            return contacts != null ? contacts : Collections.singletonList(body);
        } catch (RuntimeException readingAgainFailed) {
            return Collections.singletonList(body);
        }
    }
}
