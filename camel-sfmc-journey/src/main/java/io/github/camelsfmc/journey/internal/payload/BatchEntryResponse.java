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
 * Answer to {@code POST /interaction/v1/async/events}: one result per member, in request order.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchEntryResponse(String requestId, Integer count, Integer notQueuedCount, List<MemberResult> members) {

    /**
     * A member's outcome: an {@code eventInstanceId} when it was queued, else SFMC's {@code errorcode} (documented as a
     * string) and {@code message}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MemberResult(String contactKey, String eventInstanceId, String errorcode, String message) {

        public boolean isQueued() {
            return eventInstanceId != null && errorcode == null;
        }
    }
}
