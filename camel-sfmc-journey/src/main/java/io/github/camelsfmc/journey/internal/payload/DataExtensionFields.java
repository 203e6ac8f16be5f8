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
 * {@code GET /data/v1/customobjects/{dataExtensionId}/fields}: the entry data extension's schema.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DataExtensionFields(String id, List<Field> fields) {

    /**
     * A field. It is required when it is not nullable and has no default value; SFMC types are Text, Number, Decimal,
     * Date, Boolean, EmailAddress, Phone and Locale.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(
            String name,
            String type,
            Integer length,
            Integer scale,
            Boolean isPrimaryKey,
            Boolean isNullable,
            String defaultValue) {

        public boolean isRequired() {
            return Boolean.FALSE.equals(isNullable) && (defaultValue == null || defaultValue.isEmpty());
        }

        public boolean isKey() {
            return Boolean.TRUE.equals(isPrimaryKey);
        }
    }
}
