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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.model.EntryStatus;

/**
 * Reads the entry statuses that are new since the last poll from {@code GET /interaction/v1/async/events/status}.
 * <p>
 * A window on {@code modifiedDate} starts {@code overlap} before where the last completed window ended and ends
 * {@code settleTime} before SFMC's now (from its {@code Date} header, not this machine's clock). A status in it has
 * stayed unchanged for at least {@code settleTime}, so an {@code errored} that SFMC later revises leaves the window
 * before it is delivered; the overlap catches statuses SFMC shows late, and {@link StatusDeliveries} drops what was
 * delivered already. A long window is read in slices of at most {@code slice}, page by page with SFMC's returned
 * {@code pageSize}, and a poll stops once it holds {@code maxStatuses} new statuses. Each item is checked against
 * what was asked: a status of another type or dated outside its slice is not delivered from it.
 */
public final class EntryStatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(EntryStatusPoller.class);

    /** A slice whose pages keep shifting is read at most this often in one poll. */
    static final int READS_PER_SLICE = 3;

    private final StatusQuery query;
    private final ServerClock serverClock;
    private final StatusPosition position;
    private final StatusDeliveries deliveries;
    private final SliceReader sliceReader;

    public EntryStatusPoller(
            JourneyApiClient apiClient,
            ObjectMapper objectMapper,
            StatusQuery query,
            StateRepository<String, String> windows,
            StatusDeliveries deliveries,
            ServerClock serverClock) {
        this.query = query;
        this.serverClock = serverClock;
        this.position = new StatusPosition(windows, query);
        this.deliveries = deliveries;
        this.sliceReader = new SliceReader(query, new StatusPageReader(apiClient, objectMapper, query, serverClock));
    }

    /** The statuses of the current window that were not delivered yet, oldest change first. */
    public StatusPoll poll() throws Exception {
        Instant settledEnd = settledEnd();
        Instant sliceStart = position.nextWindowStart(serverClock.now(), settledEnd);
        Map<String, EntryStatus> fresh = new LinkedHashMap<>();
        Instant completedUpTo = null;
        PageBudget budget = new PageBudget();
        while (sliceStart.isBefore(settledEnd)) {
            Instant sliceEnd = earliest(sliceStart.plus(query.slice()), settledEnd);
            SliceReader.Slice slice = readConsistently(new StatusWindow(sliceStart, sliceEnd), fresh, budget);
            if (slice == null) {
                break;
            }
            // the answers' Date headers may show that this machine's clock ran ahead of SFMC's
            Instant checkedEnd = earliest(sliceEnd, settledEnd());
            StatusWindow read = new StatusWindow(sliceStart, checkedEnd);
            List<EntryStatus> inWindow = slice.statuses().stream()
                    .filter(status -> SliceReader.belongsTo(status, read))
                    .sorted(Comparator.comparing(
                            EntryStatusPoller::changed, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            boolean fits = true;
            for (EntryStatus status : inWindow) {
                if (fresh.size() >= query.statusLimit()) {
                    fits = false;
                    break;
                }
                fresh.putIfAbsent(StatusDeliveries.deliveryKey(status), status);
            }
            if (!fits || slice.outcome() == SliceReader.Outcome.TRUNCATED) {
                break;
            }
            completedUpTo = checkedEnd;
            if (checkedEnd.isBefore(sliceEnd)) {
                break;
            }
            sliceStart = sliceEnd;
        }
        return new StatusPoll(Collections.unmodifiableList(new ArrayList<>(fresh.values())), completedUpTo);
    }

    /**
     * Moves the window to where the poll read completely, once its statuses are delivered or given up on.
     */
    public void completed(StatusPoll poll) {
        if (poll.nextPosition() != null) {
            position.moveTo(poll.nextPosition());
        }
    }

    /** A slice read so that its pages fit together, or null when it could not be this poll. */
    private SliceReader.Slice readConsistently(StatusWindow window, Map<String, EntryStatus> fresh, PageBudget budget)
            throws Exception {
        int room = query.statusLimit() - fresh.size();
        for (int attempt = 1; attempt <= READS_PER_SLICE && !budget.exhausted(); attempt++) {
            SliceReader.Slice slice = sliceReader.read(window, status -> !deliveries.isDelivered(status), room, budget);
            switch (slice.outcome()) {
                case COMPLETE, TRUNCATED:
                    return slice;
                case NOTHING_YET:
                    return null;
                case SHIFTED:
                    LOG.debug(
                            "Entry statuses of {} changed while paging (read {} of {})",
                            window,
                            attempt,
                            READS_PER_SLICE);
                    break;
                default:
                    throw new IllegalStateException(slice.outcome().name());
            }
        }
        LOG.info("Entry statuses of {} kept changing while they were read: reading them again next poll", window);
        return null;
    }

    private Instant settledEnd() {
        return serverClock.now().minus(query.settleTime()).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant changed(EntryStatus status) {
        return status.getModifiedDate() != null ? status.getModifiedDate() : status.getCreatedDate();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
