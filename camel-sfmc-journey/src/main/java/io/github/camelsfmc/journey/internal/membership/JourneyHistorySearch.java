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
package io.github.camelsfmc.journey.internal.membership;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.http.ServerText;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.internal.payload.JourneyHistoryPage;
import io.github.camelsfmc.journey.internal.payload.JourneyHistoryPage.Row;

/**
 * Looks contacts up in Journey History ({@code POST /interaction/v1/interactions/journeyhistory/search}, kept 30 days):
 * {@value #CONTACTS_PER_CALL} contacts a search, one search after another, at most {@value #MAX_PAGES} pages of
 * {@value #PAGE_SIZE} rows each, the whole within a deadline. Only rows of this journey's versions (by definitionId)
 * count. Never fails: what could not be read is said in the findings' warnings, and those contacts stay not found.
 *
 * <p>
 * The request is inferred from the documented download request ({@code start}, {@code definitionIds}) and SFMC's
 * list paging ({@code $page}, {@code $pageSize}); the {@code contactKeys} filter is inferred too. Should SFMC ignore a
 * filter, the rows are still filtered here, and a search that runs out of pages says so.
 */
public final class JourneyHistorySearch {

    public static final int CONTACTS_PER_CALL = 50;
    public static final int PAGE_SIZE = 100;
    public static final int MAX_PAGES = 10;
    static final Duration RETENTION = Duration.ofDays(30);

    private final JourneyApiClient api;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public JourneyHistorySearch(JourneyApiClient api, ObjectMapper objectMapper, Clock clock) {
        this.api = api;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * @param lookupKeys    the keys contactMembership did not find
     * @param definitionIds the ids of this journey's versions, as preflight read them
     * @param deadline      for the whole search; what is not read by then stays not found
     */
    public CompletableFuture<HistoryFindings> search(
            List<String> lookupKeys, Set<String> definitionIds, Duration deadline) {
        if (lookupKeys.isEmpty()) {
            return CompletableFuture.completedFuture(new HistoryFindings(Map.of(), Set.of(), List.of()));
        }
        if (definitionIds.isEmpty()) {
            return CompletableFuture.completedFuture(HistoryFindings.unread("Journey History was not searched:"
                    + " which journey versions this event definition starts is not known (preflight is off or could"
                    + " not read the journeys), so a history row could not be told to be this journey's. "
                    + lookupKeys.size() + " contact(s) stay not found."));
        }
        Tally tally = new Tally();
        String start = clock.instant().minus(RETENTION).toString();
        CompletableFuture<Void> chain = KeyParts.oneAfterAnother(
                lookupKeys,
                CONTACTS_PER_CALL,
                // read() does nothing once an earlier part stopped the search
                part -> read(new Search(part, definitionIds, start), 1, 0, new HashMap<>(), tally)
                        .exceptionally(error -> {
                            tally.stop("Journey History could not be read (" + describe(error) + ")");
                            return null;
                        }));
        return chain.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).handle((done, error) -> {
            if (AsyncFailures.unwrap(error) instanceof TimeoutException) {
                tally.stop("Journey History was not read in full within " + deadline.toMillis() + " ms");
            } else if (error != null) {
                tally.stop("Journey History could not be read (" + describe(error) + ")");
            }
            return tally.findings(lookupKeys);
        });
    }

    private record Search(List<String> contactKeys, Set<String> definitionIds, String start) {}

    private CompletableFuture<Void> read(
            Search search, int page, int rowsSoFar, Map<String, Row> lastRows, Tally tally) {
        if (tally.isStopped()) {
            return CompletableFuture.completedFuture(null);
        }
        byte[] json;
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("contactKeys", search.contactKeys());
            body.put("definitionIds", List.copyOf(search.definitionIds()));
            body.put("start", search.start());
            json = objectMapper.writeValueAsBytes(body);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
        String path = SfmcApi.HISTORY.path() + "?$page=" + page + "&$pageSize=" + PAGE_SIZE;
        return api.post(path, json).thenCompose(response -> {
            JourneyHistoryPage answer = page(response);
            for (Row row : answer.items()) {
                if (search.definitionIds().contains(row.definitionId())
                        && search.contactKeys().contains(row.contactKey())) {
                    lastRows.merge(row.contactKey(), row, JourneyHistorySearch::later);
                }
            }
            int read = rowsSoFar + answer.items().size();
            boolean more = !answer.items().isEmpty()
                    && (answer.count() != null
                            ? read < answer.count()
                            : answer.items().size() >= PAGE_SIZE);
            if (!more) {
                tally.searched(search.contactKeys(), lastRows);
            } else if (page >= MAX_PAGES) {
                // a row found is evidence enough; no row in the pages read is not
                tally.searched(List.of(), lastRows);
                tally.stop("Journey History had more than " + (MAX_PAGES * PAGE_SIZE) + " rows for "
                        + search.contactKeys().size() + " contacts, and only " + MAX_PAGES + " pages are read");
            } else {
                return read(search, page + 1, read, lastRows, tally);
            }
            return CompletableFuture.completedFuture(null);
        });
    }

    /** The page; a refusal or an answer without {@code items} fails the search with what SFMC said. */
    private JourneyHistoryPage page(ApiResponse response) {
        if (!response.isSuccess()) {
            throw new IllegalStateException(refusal(response));
        }
        JourneyHistoryPage page = response.bodyAs(objectMapper, JourneyHistoryPage.class);
        if (page == null || page.items() == null) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " without an items list");
        }
        return page;
    }

    private static String refusal(ApiResponse response) {
        int status = response.statusCode();
        String why = switch (status) {
            case 403 ->
                ": the installed package or the user lacks the permission to read Journey History" + " (Journeys Read)";
            case 404 -> ": this SFMC stack does not serve journeyhistory/search";
            default -> "";
        };
        return "HTTP " + status + why;
    }

    private static String describe(Throwable error) {
        Throwable cause = AsyncFailures.unwrap(error);
        return cause instanceof IllegalStateException
                ? cause.getMessage()
                : ServerText.quote(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    /** The row with the later transactionTime (ISO-8601 texts of one format compare in time order). */
    private static Row later(Row a, Row b) {
        String ta = a.transactionTime() != null ? a.transactionTime() : "";
        String tb = b.transactionTime() != null ? b.transactionTime() : "";
        return tb.compareTo(ta) >= 0 ? b : a;
    }

    /** What the searches found so far; once stopped, nothing more is recorded or asked. */
    private static final class Tally {
        private final Map<String, Row> lastRows = new HashMap<>();
        private final Set<String> withoutHistory = new LinkedHashSet<>();
        private String stoppedBecause;
        private boolean closed;

        synchronized boolean isStopped() {
            return stoppedBecause != null || closed;
        }

        synchronized void searched(List<String> readInFull, Map<String, Row> rows) {
            if (closed) {
                return;
            }
            lastRows.putAll(rows);
            for (String key : readInFull) {
                if (!rows.containsKey(key)) {
                    withoutHistory.add(key);
                }
            }
        }

        synchronized void stop(String reason) {
            if (stoppedBecause == null) {
                stoppedBecause = reason;
            }
        }

        /** The findings; what arrives later is ignored. */
        synchronized HistoryFindings findings(List<String> asked) {
            closed = true;
            List<String> unread = new ArrayList<>(asked);
            unread.removeAll(lastRows.keySet());
            unread.removeAll(withoutHistory);
            List<String> warnings = unread.isEmpty()
                    ? List.of()
                    : List.of((stoppedBecause != null ? stoppedBecause : "Journey History was not read for them")
                            + ", so " + unread.size() + " contact(s) stay not found: "
                            + ServerText.quote(String.join(", ", unread), 200, List.of()));
            return new HistoryFindings(lastRows, withoutHistory, warnings);
        }
    }
}
