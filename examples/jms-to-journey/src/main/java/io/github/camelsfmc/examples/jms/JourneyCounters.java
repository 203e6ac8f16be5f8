package io.github.camelsfmc.examples.jms;

import java.util.concurrent.atomic.AtomicLong;

import io.github.camelsfmc.journey.SfmcJourneyConstants;
import org.apache.camel.Header;

/** How many contacts were queued for the journey and how many went to the dead-letter queue. */
public class JourneyCounters {

    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    public void batchQueued(@Header(SfmcJourneyConstants.QUEUED_COUNT) Integer count) {
        queued.addAndGet(count == null ? 0 : count);
    }

    public void contactDeadLettered() {
        deadLettered.incrementAndGet();
    }

    public long queuedCount() {
        return queued.get();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }
}
