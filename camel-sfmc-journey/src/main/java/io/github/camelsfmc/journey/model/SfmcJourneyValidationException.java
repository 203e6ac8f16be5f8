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
package io.github.camelsfmc.journey.model;

import java.util.List;

/**
 * Input that cannot become an entry event (no contact key, a period in the event definition key, a value Jackson
 * cannot write...). It is raised before any HTTP call, so nothing reached SFMC and retrying the same input fails the
 * same way: route it to a dead letter, and keep it out of circuit breakers and redelivery.
 */
public class SfmcJourneyValidationException extends SfmcJourneyException {

    private final String field;

    protected SfmcJourneyValidationException(String message, String field, List<?> contacts, Throwable cause) {
        super(message, null, false, contacts, cause);
        this.field = field;
    }

    /**
     * The component kept {@code contacts} from SFMC because of what they are (or, in strict validation, because of
     * what preflight knows of the journey).
     *
     * @param field the offending input field or option, or null when the whole body is at fault
     * @param cause what made the input unusable, or null
     */
    public static SfmcJourneyValidationException rejected(
            String message, String field, List<?> contacts, Throwable cause) {
        return new SfmcJourneyValidationException(message, field, contacts, cause);
    }

    /** The name of the offending input field or option, or null when the whole body is at fault. */
    public String getField() {
        return field;
    }
}
