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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.model.EntryStatus;

/**
 * Reads every page of one slice of the window, for each status type and request id asked for, and keeps the new
 * statuses that belong to it. Pages are counted with the {@code pageSize} SFMC returned, and a page that does not fit
 * the first one (another total, page number or page size, or too few items) means the statuses moved while they were
 * read: the slice must be read again.
 */
final class SliceReader {

    private static final Logger LOG = LoggerFactory.getLogger(SliceReader.class);
    private static final AtomicBoolean UNDATED_LOGGED = new AtomicBoolean();

    enum Outcome {
        /** Every page was read and fitted together. */
        COMPLETE,
        /** Pages did not fit together: statuses moved while they were read. */
        SHIFTED,
        /** SFMC's answer had no items: nothing is known yet, which is not "no statuses". */
        NOTHING_YET,
        /** Reading stopped early (enough new statuses for this poll, or the page budget); the rest comes later. */
        TRUNCATED
    }

    record Slice(Outcome outcome, List<EntryStatus> statuses) {}

    private final StatusQuery query;
    private final StatusPageReader pages;

    SliceReader(StatusQuery query, StatusPageReader pages) {
        this.query = query;
        this.pages = pages;
    }

    Slice read(StatusWindow window, Predicate<EntryStatus> isNew, int room, PageBudget budget) throws Exception {
        List<EntryStatus> collected = new ArrayList<>();
        List<String> requestIds = query.requestIds().isEmpty() ? Arrays.asList((String) null) : query.requestIds();
        for (String type : query.statusTypes()) {
            for (String requestId : requestIds) {
                if (collected.size() >= room || budget.exhausted()) {
                    return new Slice(Outcome.TRUNCATED, collected);
                }
                Outcome outcome = readQuery(type, requestId, window, isNew, room, budget, collected);
                if (outcome != Outcome.COMPLETE) {
                    return new Slice(outcome, collected);
                }
            }
        }
        return new Slice(Outcome.COMPLETE, collected);
    }

    private Outcome readQuery(
            String type,
            String requestId,
            StatusWindow window,
            Predicate<EntryStatus> isNew,
            int room,
            PageBudget budget,
            List<EntryStatus> collected)
            throws Exception {
        budget.spend();
        StatusPage first = pages.read(type, requestId, window, 1);
        if (!first.itemsGiven()) {
            LOG.debug("SFMC answered the entry statuses of {} without items: nothing known yet", window);
            return Outcome.NOTHING_YET;
        }
        int pageSize = first.pageSize() > 0 ? first.pageSize() : query.pageSize();
        int count = first.count();
        if (count >= 0 && first.items().size() < Math.min(count, pageSize)) {
            return Outcome.SHIFTED;
        }
        keep(first, type, window, isNew, collected);
        for (int page = 2; morePages(page, pageSize, count, first.items().size()); page++) {
            if (collected.size() >= room || budget.exhausted()) {
                return Outcome.TRUNCATED;
            }
            budget.spend();
            StatusPage next = pages.read(type, requestId, window, page);
            if (!fits(next, page, pageSize, count)) {
                return next.itemsGiven() ? Outcome.SHIFTED : Outcome.NOTHING_YET;
            }
            keep(next, type, window, isNew, collected);
            if (count < 0 && next.items().size() < pageSize) {
                break;
            }
        }
        return Outcome.COMPLETE;
    }

    /** With SFMC's total, page while it is not reached; without one, while the first page was full. */
    private static boolean morePages(int page, int pageSize, int count, int firstPageItems) {
        return count >= 0 ? (long) (page - 1) * pageSize < count : firstPageItems >= pageSize;
    }

    private static boolean fits(StatusPage next, int page, int pageSize, int count) {
        if (!next.itemsGiven() || (count >= 0 && next.count() != count)) {
            return false;
        }
        if ((next.page() > 0 && next.page() != page) || (next.pageSize() > 0 && next.pageSize() != pageSize)) {
            return false;
        }
        if (count < 0) {
            return true;
        }
        long expected = Math.min(pageSize, count - (long) (page - 1) * pageSize);
        return next.items().size() == expected;
    }

    private void keep(
            StatusPage page,
            String type,
            StatusWindow window,
            Predicate<EntryStatus> isNew,
            List<EntryStatus> collected) {
        int outside = 0;
        for (EntryStatus status : page.items()) {
            if (!type.equalsIgnoreCase(status.getStatus()) || !belongsTo(status, window)) {
                outside++;
            } else if (isNew.test(status)) {
                collected.add(status);
            }
        }
        if (outside > 0) {
            LOG.debug(
                    "{} entry statuses SFMC returned for type={} {} are not of that type or window: skipped",
                    outside,
                    type,
                    window);
        }
    }

    /**
     * Whether a status was last changed inside the window, by modifiedDate (createdDate when that is missing). A
     * status with neither date cannot be checked; it is trusted to SFMC's own filter, and that is logged once.
     */
    static boolean belongsTo(EntryStatus status, StatusWindow window) {
        Instant changed = status.getModifiedDate() != null ? status.getModifiedDate() : status.getCreatedDate();
        if (changed == null) {
            if (UNDATED_LOGGED.compareAndSet(false, true)) {
                LOG.warn("SFMC returned entry statuses without modifiedDate or createdDate: they cannot be checked"
                        + " against the settled window and are delivered as SFMC filtered them");
            }
            return true;
        }
        return window.contains(changed);
    }
}
