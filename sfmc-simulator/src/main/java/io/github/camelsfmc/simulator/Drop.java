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
 * A contact whose event was accepted by the API but who did not enter the journey.
 *
 * @param detail names the field or value at fault, or the journey state
 * @param requestId the batch requestId, {@code null} for single events (addition to the contract)
 * @param via how the contact was sent (addition to the contract)
 */
public record Drop(
        String contactKey,
        Map<String, Object> data,
        String eventInstanceId,
        DropReason reason,
        String detail,
        Instant at,
        String requestId,
        EntryChannel via) {}
