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

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A journey's entry data extension fields, immutable, with lookups by exact and by lower-cased name. */
final class EntrySchema {
    final List<DataExtensionField> fields;
    final Map<String, DataExtensionField> byName;
    final Map<String, DataExtensionField> byLowerName;

    EntrySchema(List<DataExtensionField> fields) {
        this.fields = List.copyOf(fields);
        Map<String, DataExtensionField> exact = new HashMap<>();
        Map<String, DataExtensionField> lower = new HashMap<>();
        for (DataExtensionField f : this.fields) {
            if (exact.put(f.name(), f) != null) {
                throw new IllegalArgumentException("Duplicate field " + f.name());
            }
            lower.putIfAbsent(f.name().toLowerCase(Locale.ROOT), f);
        }
        this.byName = Map.copyOf(exact);
        this.byLowerName = Map.copyOf(lower);
    }

    /** The sendable field when none is configured: the first primary-key field, else ContactKey. */
    String defaultSendableField() {
        for (DataExtensionField f : fields) {
            if (f.isPrimaryKey()) {
                return f.name();
            }
        }
        return "ContactKey";
    }
}
