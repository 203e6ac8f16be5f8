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
package io.github.camelsfmc.journey.internal.mapping;

import java.util.List;

import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

/**
 * A contact that cannot become an entry event, or that validation keeps from SFMC. Mapping, serialising and validating
 * do not know the contacts as the route sent them, so they raise this; the sender that does turns it into the one
 * {@link SfmcJourneyValidationException} the route sees, naming those contacts.
 */
public final class InvalidContactException extends RuntimeException {

    private final String field;

    /** @param field the offending input field or option, or null when the whole contact is at fault */
    public InvalidContactException(String message, String field) {
        this(message, field, null);
    }

    InvalidContactException(String message, String field, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The refusal a route sees, naming the contacts it kept from SFMC. */
    public SfmcJourneyValidationException refusal(List<?> contacts) {
        return SfmcJourneyValidationException.rejected(getMessage(), field, contacts, getCause());
    }
}
