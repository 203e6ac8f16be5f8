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
     * Why an answer cannot be matched to the members sent, or null when it can: one result per member, in request
     * order, each naming the member's contact key when it names one.
     *
     * @param answer      the parsed answer, or null when there was none
     * @param contactKeys the contact keys sent, in request order
     */
    public static String mismatch(BatchEntryResponse answer, List<String> contactKeys) {
        int sent = contactKeys.size();
        if (answer == null || answer.members() == null) {
            return "without one result per member (" + sent + " sent, none answered)";
        }
        if (answer.members().size() != sent) {
            return "without one result per member (" + sent + " sent, "
                    + answer.members().size() + " answered)";
        }
        for (int i = 0; i < sent; i++) {
            MemberResult outcome = answer.members().get(i);
            if (outcome == null) {
                return "without a result for member " + i + " (contact '" + contactKeys.get(i) + "')";
            }
            if (outcome.contactKey() != null && !outcome.contactKey().equals(contactKeys.get(i))) {
                return "with results that do not match the request: member " + i + " answers for contact '"
                        + outcome.contactKey() + "' where '" + contactKeys.get(i) + "' was sent";
            }
        }
        return null;
    }

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
