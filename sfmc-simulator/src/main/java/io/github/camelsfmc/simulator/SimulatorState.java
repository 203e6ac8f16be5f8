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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything a simulator knows, shared by the handlers: the journeys, the clients and tokens, the live and the
 * configured faults, the ledger of entries and drops, the request log and the counters. Thread-safe.
 */
final class SimulatorState {
    final OffsetClock clock;
    final SfmcDates dates;
    final StatusApiSettings statusApi;
    private final StatusApiSettings configuredStatusApi;
    final Instant createdAt;
    final Counters counters = new Counters();
    final RequestLog requestLog;
    final Ledger ledger;
    final TokenStore tokens;
    private final Map<String, Journey> journeys = new ConcurrentHashMap<>();
    private final List<String> journeyOrder = new CopyOnWriteArrayList<>();
    private final Faults configuredFaults;
    private final Faults faults;
    private final Duration configuredProcessingDelay;
    private volatile Duration processingDelay;

    SimulatorState(
            OffsetClock clock,
            ZoneId dateZone,
            StatusApiSettings statusApi,
            TokenStore tokens,
            Collection<Journey> journeys,
            Faults faults,
            Duration processingDelay) {
        this.clock = clock;
        this.dates = new SfmcDates(dateZone);
        this.configuredStatusApi = statusApi.copy();
        this.statusApi = statusApi.copy();
        this.createdAt = clock.instant();
        this.requestLog = new RequestLog(clock);
        this.ledger = new Ledger(counters, clock);
        this.configuredProcessingDelay = processingDelay;
        this.processingDelay = processingDelay;
        this.tokens = tokens;
        for (Journey j : journeys) {
            putJourney(j);
        }
        this.configuredFaults = faults.copy();
        this.faults = faults.copy();
    }

    /** The live journey; throws when the key is unknown. */
    Journey journey(String eventDefinitionKey) {
        Journey j = journeys.get(eventDefinitionKey);
        if (j == null) {
            throw new NoSuchElementException(
                    "No journey with event definition key " + eventDefinitionKey + "; known: " + journeyOrder);
        }
        return j;
    }

    /** The live journey, or null. */
    Journey findJourney(String eventDefinitionKey) {
        return eventDefinitionKey == null ? null : journeys.get(eventDefinitionKey);
    }

    /** All journeys in the order they were added. */
    List<Journey> journeys() {
        List<Journey> list = new ArrayList<>();
        for (String key : journeyOrder) {
            Journey j = journeys.get(key);
            if (j != null) {
                list.add(j);
            }
        }
        return list;
    }

    void putJourney(Journey j) {
        j.clock(clock);
        if (journeys.put(j.eventDefinitionKey(), j) == null) {
            journeyOrder.add(j.eventDefinitionKey());
        }
    }

    void removeJourney(String eventDefinitionKey) {
        journeys.remove(eventDefinitionKey);
        journeyOrder.remove(eventDefinitionKey);
    }

    Faults faults() {
        return faults;
    }

    /** How long journey processing takes between a batch member being queued and it entering or being dropped. */
    Duration processingDelay() {
        return processingDelay;
    }

    void processingDelay(Duration delay) {
        this.processingDelay = delay;
    }

    /** Clears entries, drops, batch statuses, counters and the request log; keeps configuration and tokens. */
    void reset() {
        ledger.clear();
        requestLog.clear();
        counters.reset();
        faults.restartSequence();
    }

    /** {@link #reset()} plus faults, journeys and token lifetime back to the configured ones. */
    void restoreConfiguredState() {
        reset();
        faults.setFrom(configuredFaults);
        processingDelay = configuredProcessingDelay;
        clock.restore();
        dates.restore();
        statusApi.setFrom(configuredStatusApi);
        tokens.restoreConfiguredLifetime();
        for (Journey j : journeys.values()) {
            j.restoreInitialState();
        }
    }
}
