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
package io.github.camelsfmc.simulator;

import java.util.Locale;

/** Shared lookup for enums that have an SFMC JSON spelling ("Published") next to the Java one ("PUBLISHED"). */
final class JsonEnum {
    private JsonEnum() {}

    static String normalize(String s) {
        return s.replace("_", "").replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    interface Named {
        String jsonValue();
    }

    static <E extends Enum<E> & Named> E parse(Class<E> type, String value) {
        if (value == null) {
            throw new IllegalArgumentException("No " + type.getSimpleName() + " given");
        }
        String n = normalize(value);
        for (E e : type.getEnumConstants()) {
            if (normalize(e.jsonValue()).equals(n) || normalize(e.name()).equals(n)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + value);
    }
}
