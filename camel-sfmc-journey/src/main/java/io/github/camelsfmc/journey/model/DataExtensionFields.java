package io.github.camelsfmc.journey.model;

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
    public record Field(String name, String type, Integer length, Integer scale, Boolean isPrimaryKey, Boolean isNullable,
                        String defaultValue) {

        public boolean isRequired() {
            return Boolean.FALSE.equals(isNullable) && (defaultValue == null || defaultValue.isEmpty());
        }

        public boolean isKey() {
            return Boolean.TRUE.equals(isPrimaryKey);
        }
    }
}
