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

import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/** The failure of a batch exchange: what became of its contacts, and exactly the ones that were not delivered. */
public final class BatchFailures {

    private BatchFailures() {}

    /**
     * @param includeRejected whether rejected members count as undelivered (failOnRejectedMembers)
     * @param undelivered     the contacts the exception hands back
     */
    public static SfmcJourneyException of(
            String key, BatchEntryResult result, boolean includeRejected, List<Object> undelivered) {
        StringBuilder text = new StringBuilder()
                .append(result.getTotal() - result.getQueuedCount())
                .append(" of ")
                .append(result.getTotal())
                .append(" contacts were not queued for event definition key '")
                .append(key)
                .append("' (")
                .append(result.getQueuedCount())
                .append(" queued, ")
                .append(result.getRejected().size())
                .append(" rejected, ")
                .append(result.getFailed().size())
                .append(" failed).");
        if (!result.getFailed().isEmpty()) {
            text.append(" First failure: ")
                    .append(result.getFailed().get(0).error().getMessage());
        }
        if (includeRejected && !result.getRejected().isEmpty()) {
            text.append(" First rejection: ").append(result.getRejected().get(0).message());
        }
        text.append(" The undelivered contacts are in getUndeliveredContacts(); the queued ones must not be replayed.");
        return SfmcJourneyException.notAllQueued(text.toString(), result, undelivered);
    }

    /**
     * What to log of the contacts rejected before sending when they do not fail the exchange (failOnRejectedMembers
     * false), or null when there is nothing to say.
     */
    public static String rejectedWarning(String key, BatchEntryResult result, boolean includeRejected) {
        if (result == null || result.getRejected().isEmpty() || includeRejected) {
            return null;
        }
        return result.getRejected().size() + " of " + result.getTotal()
                + " contacts were rejected for event definition key '" + key + "', first: "
                + result.getRejected().get(0).message();
    }
}
