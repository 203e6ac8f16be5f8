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
package io.github.camelsfmc.examples.kafka;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.SfmcJourneyConstants;

/**
 * The route's bookkeeping around each batch: turns the batching consumer's exchange into the contact list, commits the
 * batch's offsets once every contact is queued or dead-lettered, and writes one ledger line per step, so that what an
 * instance sent and what it committed can be read back after it was killed:
 *
 * <pre>
 * BATCH instance=B seq=7 records=400 ranges=0:800-999,1:600-799 t=1700000000000
 * SENT instance=B seq=7 queued=399 notQueued=1 t=...
 * DEAD-LETTERED instance=B seq=7 contacts=1 t=...
 * COMMITTED instance=B seq=7 offsets=0:1000,1:800 t=...
 * </pre>
 *
 * A BATCH line is written before the first request to SFMC and a COMMITTED line after the offsets were committed, so a
 * batch with a BATCH and no COMMITTED line is one whose contacts may have reached SFMC without their offsets being
 * committed: after a crash, another instance consumes them again. The lines carry no contact data and no secrets.
 */
public class BatchLedger {

    /** Exchange property holding the {@link KafkaBatch} of the exchange. */
    public static final String BATCH_PROPERTY = "KafkaToJourneyBatch";

    private static final Logger LEDGER = LoggerFactory.getLogger("kafka-to-journey.ledger");

    private final String instance;
    private final long expectedRecords;
    private final Runnable allCommitted;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong committedRecords = new AtomicLong();
    private final AtomicLong committedBatches = new AtomicLong();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    /**
     * @param expectedRecords when positive, {@code allCommitted} runs once this many records were committed
     */
    public BatchLedger(String instance, long expectedRecords, Runnable allCommitted) {
        this.instance = instance;
        this.expectedRecords = expectedRecords;
        this.allCommitted = allCommitted;
    }

    /** Step 1: the batch exchange's {@code List<Exchange>} becomes the list of contacts for sfmc-journey. */
    public List<Object> contacts(Exchange exchange) {
        KafkaBatch batch =
                KafkaBatch.of(sequence.incrementAndGet(), exchange.getMessage().getBody(List.class));
        exchange.setProperty(BATCH_PROPERTY, batch);
        LEDGER.info(
                "BATCH instance={} seq={} records={} ranges={} t={}",
                instance,
                batch.sequence(),
                batch.size(),
                batch.ranges(),
                System.currentTimeMillis());
        return batch.contacts();
    }

    /** Step 2: SFMC answered (completely or in part); the counts come from the producer's headers. */
    public void sent(Exchange exchange) {
        KafkaBatch batch = exchange.getProperty(BATCH_PROPERTY, KafkaBatch.class);
        Integer queuedCount = exchange.getMessage().getHeader(SfmcJourneyConstants.QUEUED_COUNT, Integer.class);
        int q = queuedCount == null ? 0 : queuedCount;
        queued.addAndGet(q);
        LEDGER.info(
                "SENT instance={} seq={} queued={} notQueued={} t={}",
                instance,
                batch.sequence(),
                q,
                batch.size() - q,
                System.currentTimeMillis());
    }

    /** Step 2b: the contacts SFMC did not take are on the dead-letter topic (acknowledged by Kafka). */
    public void deadLettered(Exchange exchange) {
        KafkaBatch batch = exchange.getProperty(BATCH_PROPERTY, KafkaBatch.class);
        int count = exchange.getMessage().getBody(List.class).size();
        deadLettered.addAndGet(count);
        LEDGER.info(
                "DEAD-LETTERED instance={} seq={} contacts={} t={}",
                instance,
                batch.sequence(),
                count,
                System.currentTimeMillis());
    }

    /** Step 3: every contact of the batch is queued or dead-lettered: commit each partition's next offset. */
    public void commit(Exchange exchange) {
        KafkaBatch batch = exchange.getProperty(BATCH_PROPERTY, KafkaBatch.class);
        batch.commit();
        committedBatches.incrementAndGet();
        long committed = committedRecords.addAndGet(batch.size());
        LEDGER.info(
                "COMMITTED instance={} seq={} offsets={} t={}",
                instance,
                batch.sequence(),
                batch.nextOffsets(),
                System.currentTimeMillis());
        if (expectedRecords > 0 && committed >= expectedRecords && committed - batch.size() < expectedRecords) {
            allCommitted.run();
        }
    }

    public long committedRecords() {
        return committedRecords.get();
    }

    public long committedBatches() {
        return committedBatches.get();
    }

    public long queued() {
        return queued.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }
}
