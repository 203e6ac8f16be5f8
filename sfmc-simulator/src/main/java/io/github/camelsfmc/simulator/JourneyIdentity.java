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

/**
 * What a journey is called and how it is found, fixed for its life: keys, ids, names, the event definition's type and
 * mode, the MID. Ids are derived from the event definition key, so a journey has the same ids in every run.
 */
record JourneyIdentity(
        String eventDefinitionKey,
        String name,
        String description,
        String journeyKey,
        String id,
        String eventDefinitionId,
        String dataExtensionId,
        String dataExtensionName,
        String eventType,
        String mode,
        int mid) {

    /** The identity the settings give, with the defaults for what they leave out. */
    static JourneyIdentity of(JourneySettings s) {
        String key = s.eventDefinitionKey;
        return new JourneyIdentity(
                key,
                s.name != null ? s.name : key,
                s.description != null ? s.description : "",
                s.journeyKey != null ? s.journeyKey : key + "-journey",
                Ids.stable("journey", key),
                Ids.stable("eventDefinition", key),
                s.dataExtensionId != null ? s.dataExtensionId : Ids.stable("dataExtension", key),
                s.dataExtensionName != null ? s.dataExtensionName : key + "_Entry",
                s.eventType,
                s.mode,
                s.mid);
    }
}
