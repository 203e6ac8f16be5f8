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
package io.github.camelsfmc.journey.internal.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camelsfmc.journey.internal.payload.DataExtensionFields.Field;

/**
 * The fields of a journey's entry data extension, looked up by exact name and, for suggestions, ignoring case.
 */
public final class EntrySchema {

    private final String dataExtensionName;
    private final Map<String, Field> byName = new LinkedHashMap<>();
    private final Map<String, Field> byLowerCaseName = new LinkedHashMap<>();
    /** Worked out once, so that judging a contact does not walk every field of a wide data extension. */
    private final List<Field> requiredFields = new ArrayList<>();

    private final List<Field> keyFields = new ArrayList<>();

    public EntrySchema(String dataExtensionName, List<Field> fields) {
        this.dataExtensionName = dataExtensionName;
        for (Field field : fields) {
            byName.put(field.name(), field);
            byLowerCaseName.putIfAbsent(field.name().toLowerCase(Locale.ROOT), field);
        }
        for (Field field : byName.values()) {
            if (field.isRequired()) {
                requiredFields.add(field);
            }
            if (field.isKey()) {
                keyFields.add(field);
            }
        }
    }

    public String getDataExtensionName() {
        return dataExtensionName;
    }

    public Field field(String name) {
        return byName.get(name);
    }

    /** The field whose name differs from {@code name} only in case, or null. */
    public Field fieldIgnoringCase(String name) {
        return byLowerCaseName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The fields of {@link #fields()} that {@link Field#isRequired() must have a value}, in the same order. */
    public List<Field> requiredFields() {
        return Collections.unmodifiableList(requiredFields);
    }

    /** The primary key fields of {@link #fields()}, in the same order. */
    public List<Field> keyFields() {
        return Collections.unmodifiableList(keyFields);
    }

    public Map<String, Field> fields() {
        return Collections.unmodifiableMap(byName);
    }

    @Override
    public String toString() {
        return dataExtensionName + byName.keySet();
    }
}
