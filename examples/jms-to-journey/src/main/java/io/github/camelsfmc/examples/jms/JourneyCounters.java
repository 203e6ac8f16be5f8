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
package io.github.camelsfmc.examples.jms;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Header;

import io.github.camelsfmc.journey.SfmcJourneyConstants;

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
