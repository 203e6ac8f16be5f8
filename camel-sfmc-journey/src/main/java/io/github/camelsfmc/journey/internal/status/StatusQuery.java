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
package io.github.camelsfmc.journey.internal.status;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * What an entry status poller asks SFMC for, and how it keeps its place.
 *
 * @param eventDefinitionKey the API event whose batch entries are checked
 * @param statusTypes        the {@code type} filter values, one query each
 * @param requestIds         batch request ids to narrow the query to, one query each; empty for all
 * @param pageSize           items per page asked for (SFMC may return fewer; its returned pageSize is used)
 * @param settleTime         how long a status must stay unchanged before it is delivered
 * @param lookback           how far back the first window reaches when no window was remembered
 * @param overlap            how far each window reaches back before where the last one ended, for statuses SFMC
 *                           shows late; what was delivered already is dropped by the idempotent repository
 * @param slice              the longest stretch of time one query covers; a longer window is read slice by slice
 * @param maxStatuses        the most statuses one poll delivers (0: no limit)
 * @param dateZone           the zone of SFMC dates written without an offset
 * @param callTimeout        how long one page may take, retries included
 */
public record StatusQuery(
        String eventDefinitionKey,
        List<String> statusTypes,
        List<String> requestIds,
        int pageSize,
        Duration settleTime,
        Duration lookback,
        Duration overlap,
        Duration slice,
        int maxStatuses,
        ZoneId dateZone,
        Duration callTimeout) {

    /** SFMC's status API reads the last 30 days by default and keeps nothing older. */
    public static final Duration RETENTION = Duration.ofDays(30);

    public StatusQuery {
        statusTypes = List.copyOf(statusTypes);
        requestIds = List.copyOf(requestIds);
    }

    /** The state repository key of this query's window: another filter has another window. */
    String windowKey() {
        return "sfmc-journey-status:" + eventDefinitionKey + ":" + String.join(",", statusTypes)
                + (requestIds.isEmpty() ? "" : ":" + String.join(",", requestIds));
    }

    /** The most statuses a poll may hold in memory. */
    int statusLimit() {
        return maxStatuses > 0 ? maxStatuses : Integer.MAX_VALUE;
    }
}
