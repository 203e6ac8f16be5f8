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
package io.github.camelsfmc.journey;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.Faults;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many contacts at high concurrency against an SFMC that throttles 5% of entry calls (429 with Retry-After), fails 5%
 * (503) and expires every token periodically. Every contact must end up entered exactly once or in the dead-letter
 * channel with its error, and the heap after GC must not grow: the mean of the last third of the phases may exceed the
 * mean of the first third by at most {@value #HEAP_GROWTH_ALLOWED_MB} MB.
 * <p>
 * The default build runs a short form. The full form ({@code -Psoak}) runs 100,000 contacts; see docs/reliability.md.
 * Sizes come from system properties: soak.contacts, soak.phases, soak.concurrency, soak.seed, soak.tokenExpirySeconds.
 */
class SoakTest {

    private static final String KEY = SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY;

    private final int contacts = Integer.getInteger("soak.contacts", 3_000);
    private static final int HEAP_GROWTH_ALLOWED_MB = 8;

    private final int phases = Integer.getInteger("soak.phases", 6);
    private final int concurrency = Integer.getInteger("soak.concurrency", 64);
    private final long seed = Long.getLong("soak.seed", 42L);
    private final int tokenExpirySeconds = Integer.getInteger("soak.tokenExpirySeconds", 1);

    private final int[] entered = new int[contacts];
    private final Map<Integer, String> deadLettered = new ConcurrentHashMap<>();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();

    @Test
    void everyContactIsEnteredOnceOrDeadLetteredAndTheHeapDoesNotGrow() throws Exception {
        Faults faults = Faults.builder()
                .seed(seed)
                .throttleRate(0.05)
                .serverErrorRate(0.05)
                .retryAfterSeconds(1)
                .build();
        ScheduledExecutorService expiry = Executors.newSingleThreadScheduledExecutor();
        List<Long> heapAfterPhase = new ArrayList<>();
        long started = System.nanoTime();
        try (SfmcSimulator sim =
                SfmcSimulator.withDefaults().faults(faults).port(0).start()) {
            expiry.scheduleAtFixedRate(sim::expireAllTokens, tokenExpirySeconds, tokenExpirySeconds, TimeUnit.SECONDS);
            CamelContext context = startCamel(sim);
            try {
                ProducerTemplate template = context.createProducerTemplate();
                SplittableRandom random = new SplittableRandom(seed);
                int perPhase = (contacts + phases - 1) / phases;
                for (int from = 0; from < contacts; from += perPhase) {
                    sendPhase(template, random, from, Math.min(contacts, from + perPhase));
                    drain(sim);
                    heapAfterPhase.add(usedHeapAfterGc());
                }
            } finally {
                context.stop();
            }
        } finally {
            expiry.shutdownNow();
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        int lost = 0;
        int duplicated = 0;
        for (int i = 0; i < contacts; i++) {
            int outcomes = entered[i] + (deadLettered.containsKey(i) ? 1 : 0);
            if (outcomes == 0) {
                lost++;
            } else if (outcomes > 1) {
                duplicated++;
            }
        }
        System.out.printf(
                "SOAK contacts=%d messages=%d phases=%d concurrency=%d seed=%d elapsedMs=%d contactsPerSecond=%.0f"
                        + " retries=%d deadLettered=%d lost=%d duplicated=%d heapAfterPhaseMB=%s%n",
                contacts,
                messages.get(),
                phases,
                concurrency,
                seed,
                elapsedMillis,
                contacts * 1000.0 / Math.max(1, elapsedMillis),
                retries.get(),
                deadLettered.size(),
                lost,
                duplicated,
                heapAfterPhase.stream().map(b -> b / (1024 * 1024)).toList());
        deadLettered.values().stream()
                .distinct()
                .limit(5)
                .forEach(error -> System.out.println("SOAK dead letter: " + error));

        assertThat(lost).as("contacts neither entered nor dead-lettered").isZero();
        assertThat(duplicated)
                .as("contacts entered twice (no unknown outcome is retried)")
                .isZero();
        assertThat(retries.get()).as("retries after the injected 429/503").isPositive();
        int third = heapAfterPhase.size() / 3;
        assertThat(third).as("phases to compare the heap over").isPositive();
        double firstThird = meanMegabytes(heapAfterPhase.subList(0, third));
        double lastThird = meanMegabytes(heapAfterPhase.subList(heapAfterPhase.size() - third, heapAfterPhase.size()));
        assertThat(lastThird - firstThird)
                .as(
                        "growth in MB of the mean heap after GC, first third of the phases %s to the last %s",
                        firstThird, lastThird)
                .isLessThan(HEAP_GROWTH_ALLOWED_MB);
    }

    private CamelContext startCamel(SfmcSimulator sim) throws Exception {
        CamelContext context = new DefaultCamelContext();
        String uri = "sfmc-journey:" + KEY + "?clientId=" + SfmcSimulator.DEFAULT_CLIENT_ID + "&clientSecret=RAW("
                + SfmcSimulator.DEFAULT_CLIENT_SECRET + ")&authUrl=" + sim.baseUrl()
                + "&batchConcurrency=4&maxConcurrentRequests=32&retryInitialDelay=100&retryMaxDelay=5000";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:dead"));
                from("direct:soak")
                        .to(uri)
                        .process(e -> retries.addAndGet(
                                e.getMessage().getHeader(SfmcJourneyConstants.RETRY_COUNT, 0, Integer.class)));
                from("direct:dead").process(SoakTest.this::deadLetter);
            }
        });
        context.start();
        return context;
    }

    /** Nine messages in ten are Lists of 1 to 250 contacts, one in ten a single contact. */
    private void sendPhase(ProducerTemplate template, SplittableRandom random, int from, int to) throws Exception {
        Semaphore inFlight = new Semaphore(concurrency);
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        int next = from;
        while (next < to) {
            Object body;
            if (random.nextInt(10) == 0) {
                body = contact(next++);
            } else {
                int size = Math.min(to - next, 1 + random.nextInt(250));
                List<Map<String, Object>> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    batch.add(contact(next++));
                }
                body = batch;
            }
            inFlight.acquire();
            messages.incrementAndGet();
            sent.add(template.asyncSendBody("direct:soak", body)
                    .whenComplete((r, e) -> inFlight.release())
                    .thenApply(ignored -> null));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
    }

    private void deadLetter(Exchange exchange) {
        SfmcJourneyException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SfmcJourneyException.class);
        retries.addAndGet(exchange.getMessage().getHeader(SfmcJourneyConstants.RETRY_COUNT, 0, Integer.class));
        String error = failure != null ? failure.getMessage() : "no SfmcJourneyException";
        List<Object> undelivered = failure != null ? failure.getUndeliveredContacts() : List.of();
        for (Object contact : undelivered) {
            deadLettered.put(index(String.valueOf(((Map<?, ?>) contact).get("ContactKey"))), error);
        }
    }

    /** Counts what the simulator entered, then clears it, so its own memory does not grow with the run. */
    private void drain(SfmcSimulator sim) {
        for (Entry entry : sim.entered(KEY)) {
            entered[index(entry.contactKey())]++;
        }
        assertThat(sim.dropped(KEY)).isEmpty();
        sim.reset();
    }

    private static Map<String, Object> contact(int index) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("ContactKey", "S-" + index);
        contact.put("FirstName", "Soak");
        contact.put("Age", index % 90);
        return contact;
    }

    private static int index(String contactKey) {
        return Integer.parseInt(contactKey.substring(2));
    }

    private static double meanMegabytes(List<Long> bytes) {
        return bytes.stream().mapToLong(Long::longValue).average().orElseThrow() / (1024 * 1024);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
