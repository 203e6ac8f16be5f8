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
package io.github.camelsfmc.journey.internal.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.apache.camel.spi.Registry;

import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

/**
 * What one endpoint did, counted: contacts by outcome, API requests by API and status class with their latency,
 * retries, token requests and validation findings by kind. The counts are kept here for JMX and forwarded to a
 * {@link MeterSink} (Micrometer when a MeterRegistry is in the Camel registry).
 */
public final class EntryMetrics {

    /** What became of a contact, as far as the component knows. */
    public enum Outcome {
        /** SFMC queued it (201/202). */
        QUEUED,
        /** Refused on its own: by validation before sending, or by SFMC. */
        REJECTED,
        /** Its request failed as a whole; nothing reached SFMC's queue. */
        FAILED,
        /** Its request may or may not have reached SFMC. */
        UNKNOWN,
        /**
         * SFMC's status API reported it processed. SFMC does not document this as "in the journey": re-entry rules or
         * a paused journey may keep a processed contact out.
         */
        PROCESSED,
        /** SFMC's status API reported it errored: journey processing dropped it. */
        ERRORED
    }

    /** Counts without forwarding anywhere, for code that has no endpoint. */
    public static final EntryMetrics NONE = new EntryMetrics(MeterSink.NONE);

    private final MeterSink sink;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private volatile LongSupplier tokenRequests = () -> 0;

    public EntryMetrics(MeterSink sink) {
        this.sink = sink;
    }

    /** Counts, forwarded to Micrometer when it is on the classpath and a MeterRegistry is in the Camel registry. */
    public static EntryMetrics forEndpoint(Registry camelRegistry, String eventDefinitionKey) {
        return new EntryMetrics(
                micrometerPresent() ? MicrometerSink.from(camelRegistry, eventDefinitionKey) : MeterSink.NONE);
    }

    private static boolean micrometerPresent() {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, EntryMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    public void contacts(Outcome outcome, long contacts) {
        if (contacts > 0) {
            add("contacts." + name(outcome), contacts);
            sink.count("sfmc.journey.contacts", contacts, "outcome", name(outcome));
        }
    }

    /** Counts the contacts a failure kept from SFMC's queue, by what the failure says about them. */
    public void notQueued(Throwable error, long contacts) {
        Throwable failure = AsyncFailures.unwrap(error);
        Outcome outcome = Outcome.FAILED;
        if (failure instanceof SfmcJourneyValidationException) {
            outcome = Outcome.REJECTED;
        } else if (failure instanceof SfmcJourneyException sfmc) {
            int status = sfmc.getHttpResponseCode();
            outcome = sfmc.isOutcomeUnknown()
                    ? Outcome.UNKNOWN
                    : status >= 400 && status < 500 && status != 401 && status != 403 && status != 429
                            ? Outcome.REJECTED
                            : Outcome.FAILED;
        }
        contacts(outcome, contacts);
    }

    public void batch(BatchEntryResult result) {
        contacts(Outcome.QUEUED, result.getQueuedCount());
        contacts(Outcome.REJECTED, result.getRejected().size());
        long unknown = result.getFailed().stream()
                .filter(failed -> failed.error().isOutcomeUnknown())
                .count();
        contacts(Outcome.UNKNOWN, unknown);
        contacts(Outcome.FAILED, result.getFailed().size() - unknown);
    }

    /**
     * One API call's final answer.
     *
     * @param status the HTTP status, or 0 when no answer came
     */
    public void request(String path, int status, Duration latency) {
        String api = api(path);
        String statusClass = status == 0 ? "none" : (status / 100) + "xx";
        add("requests." + api + "." + statusClass, 1);
        sink.count("sfmc.journey.requests", 1, "api", api, "status", statusClass);
        sink.time("sfmc.journey.request.duration", latency, "api", api);
    }

    public void retry(String path) {
        String api = api(path);
        add("retries." + api, 1);
        sink.count("sfmc.journey.retries", 1, "api", api);
    }

    /** Where token requests are counted: the token cache, shared by the endpoints with the same credentials. */
    public void tokenRequests(LongSupplier tokenRequests) {
        this.tokenRequests = tokenRequests;
        sink.functionCounter("sfmc.journey.token.requests", tokenRequests);
    }

    /** A reason found before sending that SFMC would drop a contact: journey-not-running, schema or reentry. */
    public void validationFinding(String kind) {
        add("validation." + kind, 1);
        sink.count("sfmc.journey.validation.findings", 1, "kind", kind);
    }

    /** Every count, by name (contacts.queued, requests.batch.2xx, retries.events, token.requests, ...). */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((name, count) -> snapshot.put(name, count.sum()));
        snapshot.put("token.requests", tokenRequests.getAsLong());
        return snapshot;
    }

    public long count(String name) {
        LongAdder count = counts.get(name);
        return count == null ? 0 : count.sum();
    }

    private void add(String name, long n) {
        counts.computeIfAbsent(name, k -> new LongAdder()).add(n);
    }

    private static String name(Outcome outcome) {
        return outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The API a path belongs to, as a tag: events, batch, status, membership or preflight. */
    static String api(String path) {
        return SfmcApi.ofRestPath(path).tag();
    }
}
