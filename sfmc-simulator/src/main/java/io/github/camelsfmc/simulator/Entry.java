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

import java.time.Instant;
import java.util.Map;

/**
 * A contact that entered a journey.
 *
 * @param requestId the batch requestId, {@code null} for single events
 */
public record Entry(
        String contactKey,
        Map<String, Object> data,
        String eventInstanceId,
        String requestId,
        EntryChannel via,
        Instant at,
        int version,
        String journeyContactKey) {

    /** An entry into version 1, Journey Builder using the event's ContactKey (the shape before versions). */
    public Entry(
            String contactKey,
            Map<String, Object> data,
            String eventInstanceId,
            String requestId,
            EntryChannel via,
            Instant at) {
        this(contactKey, data, eventInstanceId, requestId, via, at, 1, contactKey);
    }
}
