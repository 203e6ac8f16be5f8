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

import java.util.List;

import io.github.camelsfmc.journey.internal.mapping.InvalidContactException;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

/**
 * The rules SFMC gives for event definition keys.
 */
public final class EventDefinitionKeys {

    private EventDefinitionKeys() {}

    private static final String FIELD = "eventDefinitionKey";

    /**
     * A key a message names (a header, an {@link io.github.camelsfmc.journey.model.EntryEvent}).
     *
     * @param  source                  where the key came from, for the error message
     * @throws InvalidContactException when the key is empty or contains a period
     */
    public static String requireValid(String key, String source) {
        String problem = problem(key, source);
        if (problem != null) {
            throw new InvalidContactException(problem, FIELD);
        }
        return key;
    }

    /**
     * The endpoint's key, checked when the endpoint is created: no contact is at stake yet.
     *
     * @throws SfmcJourneyValidationException when the key is empty or contains a period
     */
    public static void requireValidOption(String key, String source) {
        String problem = problem(key, source);
        if (problem != null) {
            throw SfmcJourneyValidationException.rejected(problem, FIELD, List.of(), null);
        }
    }

    private static String problem(String key, String source) {
        if (key == null || key.isBlank()) {
            return "No event definition key in " + source
                    + ": use sfmc-journey:<key> with the key of the journey's API entry source";
        }
        if (key.indexOf('.') >= 0) {
            return "The event definition key '" + key + "' from " + source
                    + " contains a period, which SFMC does not allow: copy the key from"
                    + " Journey Builder > Entry Sources exactly";
        }
        return null;
    }
}
