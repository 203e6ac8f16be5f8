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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
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
 * {@link MeterSink} (Micrometer when a MeterRegistry is in the Camel registry). Each meter is asked of the sink once,
 * on its first count; {@link #close()} removes the endpoint's meters.
 */
public final class EntryMetrics implements AutoCloseable {

    /** What the endpoint is used for, as the {@code role} tag of its meters. */
    public enum Role {
        /** {@code to("sfmc-journey:...")}: enters contacts. */
        PRODUCER,
        /** {@code from("sfmc-journey:...")}: reads entry outcomes. */
        CONSUMER;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

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
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Map<String, Consumer<Duration>> timers = new ConcurrentHashMap<>();
    private volatile LongSupplier tokenRequests = () -> 0;

    public EntryMetrics(MeterSink sink) {
        this.sink = sink;
    }

    /** Counts, forwarded to Micrometer when it is on the classpath and a MeterRegistry is in the Camel registry. */
    public static EntryMetrics forEndpoint(Registry camelRegistry, String eventDefinitionKey, Role role) {
        return new EntryMetrics(
                micrometerPresent()
                        ? MicrometerSink.from(camelRegistry, eventDefinitionKey, role.tag())
                        : MeterSink.NONE);
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
            add("contacts." + name(outcome), contacts, "sfmc.journey.contacts", "outcome", name(outcome));
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
     * Contacts whose unknown outcome was reconciled, by result: {@code queued}, {@code not_received} (safe to resend)
     * or {@code unknown} (still).
     */
    public void reconciled(String result, long contacts) {
        if (contacts > 0) {
            add("reconciled." + result, contacts, "sfmc.journey.reconciliations", "result", result);
        }
    }

    /**
     * One attempt at an API call and its answer: every attempt counts, retries included.
     *
     * @param status the HTTP status, or 0 when no answer came
     */
    public void request(String path, int status, Duration latency) {
        String api = api(path);
        String statusClass = status == 0 ? "none" : (status / 100) + "xx";
        add("requests." + api + "." + statusClass, 1, "sfmc.journey.requests", "api", api, "status", statusClass);
        timers.computeIfAbsent(api, a -> sink.timer("sfmc.journey.request.duration", "api", a))
                .accept(latency);
    }

    public void retry(String path) {
        String api = api(path);
        add("retries." + api, 1, "sfmc.journey.retries", "api", api);
    }

    /** Where token requests are counted: the token cache, shared by the endpoints with the same credentials. */
    public void tokenRequests(LongSupplier tokenRequests) {
        this.tokenRequests = tokenRequests;
        sink.functionCounter("sfmc.journey.token.requests", tokenRequests);
    }

    /** A reason found before sending that SFMC would drop a contact: journey-not-running, schema or reentry. */
    public void validationFinding(String kind) {
        add("validation." + kind, 1, "sfmc.journey.validation.findings", "kind", kind);
    }

    /** Every count, by name (contacts.queued, requests.batch.2xx, retries.events, token.requests, ...). */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((name, count) -> snapshot.put(name, count.local().sum()));
        snapshot.put("token.requests", tokenRequests.getAsLong());
        return snapshot;
    }

    public long count(String name) {
        Count count = counts.get(name);
        return count == null ? 0 : count.local().sum();
    }

    /** Removes the endpoint's meters from the MeterRegistry; the counts stay readable here. */
    @Override
    public void close() {
        sink.close();
    }

    /** Adds {@code n} to the count {@code name}, and to its meter, which is registered on the first count. */
    private void add(String name, long n, String meter, String... tags) {
        counts.computeIfAbsent(name, k -> new Count(new LongAdder(), sink.counter(meter, tags)))
                .add(n);
    }

    private static String name(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    /** One count: kept here for JMX and forwarded to its meter. */
    private record Count(LongAdder local, LongConsumer meter) {
        void add(long n) {
            local.add(n);
            meter.accept(n);
        }
    }

    /** The API a path belongs to, as a tag: events, batch, status, membership or preflight. */
    static String api(String path) {
        return SfmcApi.ofRestPath(path).tag();
    }
}
