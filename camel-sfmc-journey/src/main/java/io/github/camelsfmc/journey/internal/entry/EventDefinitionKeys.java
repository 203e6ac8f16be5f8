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

import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

/**
 * The rules SFMC gives for event definition keys.
 */
public final class EventDefinitionKeys {

    private EventDefinitionKeys() {}

    /**
     * @param  source                         where the key came from, for the error message
     * @throws SfmcJourneyValidationException when the key is empty or contains a period
     */
    public static String requireValid(String key, String source) {
        if (key == null || key.isBlank()) {
            throw new SfmcJourneyValidationException(
                    "No event definition key in " + source
                            + ": use sfmc-journey:<key> with the key of the journey's API entry source",
                    "eventDefinitionKey");
        }
        if (key.indexOf('.') >= 0) {
            throw new SfmcJourneyValidationException(
                    "The event definition key '" + key + "' from " + source
                            + " contains a period, which SFMC does not allow: copy the key from"
                            + " Journey Builder > Entry Sources exactly",
                    "eventDefinitionKey");
        }
        return key;
    }
}
