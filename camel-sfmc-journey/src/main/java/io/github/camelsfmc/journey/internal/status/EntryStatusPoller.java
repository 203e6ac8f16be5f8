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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.model.EntryStatus;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Reads the entry statuses that are new since the last poll from {@code GET /interaction/v1/async/events/status}.
 * <p>
 * Each poll asks for the statuses modified in a window on {@code modifiedDate} that starts where the last completed
 * window ended (remembered in a {@link StateRepository}) and ends {@code settleTime} before now. SFMC's status API
 * returns the current status with the time it last changed, so a status in the window has stayed unchanged for at
 * least {@code settleTime}: an {@code errored} that SFMC later resolves moves out of the window before it is
 * delivered. Delivered statuses are recorded in an {@link IdempotentRepository} under their eventInstanceId and status,
 * so overlapping or repeated windows deliver nothing twice.
 */
public final class EntryStatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(EntryStatusPoller.class);
    private static final String PATH = "/interaction/v1/async/events/status";
    private static final DateTimeFormatter QUERY_DATE = DateTimeFormatter.ISO_INSTANT;

    private final JourneyApiClient apiClient;
    private final ObjectMapper objectMapper;
    private final StatusQuery query;
    private final StateRepository<String, String> windows;
    private final IdempotentRepository delivered;
    private final Clock clock;

    public EntryStatusPoller(
            JourneyApiClient apiClient,
            ObjectMapper objectMapper,
            StatusQuery query,
            StateRepository<String, String> windows,
            IdempotentRepository delivered,
            Clock clock) {
        this.apiClient = apiClient;
        this.objectMapper = objectMapper;
        this.query = query;
        this.windows = windows;
        this.delivered = delivered;
        this.clock = clock;
    }

    /** The statuses of the current window that were not delivered yet, oldest change first. */
    public StatusPoll poll() throws Exception {
        Instant end = clock.instant().minus(query.settleTime()).truncatedTo(ChronoUnit.MILLIS);
        Instant start = windowStart(end);
        if (!start.isBefore(end)) {
            return new StatusPoll(List.of(), end, false);
        }
        List<EntryStatus> fresh = new ArrayList<>();
        boolean complete = true;
        for (String type : query.statusTypes()) {
            if (query.requestIds().isEmpty()) {
                complete &= readAll(type, null, start, end, fresh);
            } else {
                for (String requestId : query.requestIds()) {
                    complete &= readAll(type, requestId, start, end, fresh);
                }
            }
        }
        fresh.sort(Comparator.comparing(EntryStatus::getModifiedDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return new StatusPoll(Collections.unmodifiableList(fresh), end, complete);
    }

    /** Records that a status reached the route, so that no later poll delivers it again. */
    public void delivered(EntryStatus status) {
        delivered.add(deliveryKey(status));
    }

    /**
     * Moves the window past a poll whose statuses were all delivered. A poll whose pages shifted while they were read
     * is not moved past: its window is read again next time, and what was delivered is skipped.
     */
    public void completed(StatusPoll poll) {
        if (poll.complete()) {
            windows.setState(query.windowKey(), poll.windowEnd().toString());
        }
    }

    private Instant windowStart(Instant end) {
        String remembered = windows.getState(query.windowKey());
        if (remembered != null) {
            try {
                return Instant.parse(remembered);
            } catch (RuntimeException unreadable) {
                LOG.warn(
                        "Ignoring unreadable entry status window '{}' stored under {}: reading the last {} instead",
                        remembered,
                        query.windowKey(),
                        query.lookback());
            }
        }
        return end.minus(query.lookback());
    }

    /** Reads every page of one query, adding what is new; false when SFMC's total changed between pages. */
    private boolean readAll(String type, String requestId, Instant start, Instant end, List<EntryStatus> fresh)
            throws Exception {
        StatusPage first = read(type, requestId, start, end, 1);
        addNew(first, fresh);
        boolean unchanged = true;
        for (int page = 2; (long) (page - 1) * query.pageSize() < first.count(); page++) {
            StatusPage next = read(type, requestId, start, end, page);
            addNew(next, fresh);
            if (next.count() != first.count()) {
                // items moved between pages while they were read: some may have been skipped
                LOG.debug(
                        "Entry statuses changed while paging ({} then {}): reading the window again next poll",
                        first.count(),
                        next.count());
                unchanged = false;
            }
            if (next.items().isEmpty()) {
                break;
            }
        }
        return unchanged;
    }

    private void addNew(StatusPage page, List<EntryStatus> fresh) {
        for (EntryStatus status : page.items()) {
            if (!delivered.contains(deliveryKey(status))) {
                fresh.add(status);
            }
        }
    }

    private StatusPage read(String type, String requestId, Instant start, Instant end, int page) throws Exception {
        String pathAndQuery = PATH + "?eventDefinitionKey=" + encode(query.eventDefinitionKey())
                + "&type=" + encode(type)
                + (requestId != null ? "&requestId=" + encode(requestId) : "")
                + "&startDate=" + encode(QUERY_DATE.format(start))
                + "&endDate=" + encode(QUERY_DATE.format(end))
                + "&$page=" + page
                + "&$pageSize=" + query.pageSize();
        ApiResponse response;
        try {
            response = apiClient.get(pathAndQuery).get(query.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw AsyncFailures.unwrap(e) instanceof Exception failure ? failure : e;
        } catch (TimeoutException e) {
            throw new SfmcJourneyException(
                    "No entry statuses from SFMC within " + query.callTimeout().toMillis() + " ms (" + PATH + ")",
                    0,
                    null,
                    null,
                    null,
                    e);
        }
        if (!response.isSuccess()) {
            throw new ApiErrorTranslator(objectMapper).toException(response, query.eventDefinitionKey());
        }
        StatusPage answer = StatusPage.read(response.bodyAs(objectMapper, JsonNode.class), objectMapper);
        if (answer == null) {
            throw new SfmcJourneyException(
                    "SFMC answered " + PATH + " with HTTP " + response.statusCode()
                            + " but not with a JSON page of items; is restUrl pointing at the REST API?",
                    response.statusCode(),
                    null,
                    null,
                    null,
                    null);
        }
        return answer;
    }

    /**
     * The de-duplication key: one delivery per event instance and status, so {@code queued} and then
     * {@code processed} are both delivered when both are asked for. SFMC gives no eventInstanceId to a contact it
     * rejected in the batch call; such a contact is keyed by request and contact key instead.
     */
    static String deliveryKey(EntryStatus status) {
        String instance = status.getEventInstanceId() != null
                ? status.getEventInstanceId()
                : status.getRequestId() + "/" + status.getContactKey();
        return instance + ":" + status.getStatus();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
