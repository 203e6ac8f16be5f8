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

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.model.EntryStatus;

/**
 * Which statuses were delivered, in an {@link IdempotentRepository} that several consumers may share. A status is
 * claimed (added) before it is routed, so that of two consumers sharing one repository only the one whose add
 * succeeded routes it; when its exchange fails the claim is removed and the status is offered again on later polls,
 * until it failed {@code attempts} times: then it stays claimed, is logged as given up, and the window moves on.
 */
public final class StatusDeliveries {

    private static final Logger LOG = LoggerFactory.getLogger(StatusDeliveries.class);

    /** Failures remembered at most, so a flood of failing statuses cannot grow the heap. */
    static final int TRACKED_FAILURES = 10_000;

    private final IdempotentRepository repository;
    private final int attempts;
    private final Map<String, Integer> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > TRACKED_FAILURES;
        }
    };

    public StatusDeliveries(IdempotentRepository repository, int attempts) {
        this.repository = repository;
        this.attempts = attempts;
    }

    public boolean isDelivered(EntryStatus status) {
        return repository.contains(deliveryKey(status));
    }

    /** Claims a status before it is routed; false when it was claimed already (by another poll or consumer). */
    public boolean claim(EntryStatus status) {
        return repository.add(deliveryKey(status));
    }

    /** The status's exchange completed: it is delivered. */
    public synchronized void delivered(EntryStatus status) {
        repository.confirm(deliveryKey(status));
        failures.remove(deliveryKey(status));
    }

    /**
     * The status's exchange failed (the route's error handler has seen it). Returns true when it will be offered
     * again, so the window must wait for it; false when it failed {@code attempts} times and was given up on.
     */
    public synchronized boolean failed(EntryStatus status, Exception cause) {
        String key = deliveryKey(status);
        int failed = failures.merge(key, 1, Integer::sum);
        if (failed < attempts) {
            repository.remove(key);
            return true;
        }
        failures.remove(key);
        LOG.error(
                "Giving up on entry status {} after {} failed deliveries (last: {}); it will not be delivered again."
                        + " Use a dead letter channel on the route to keep such statuses",
                status,
                failed,
                cause != null ? cause.toString() : "unknown");
        return false;
    }

    /** The status was not routed (the consumer is stopping): the claim is withdrawn. */
    public void unclaimed(EntryStatus status) {
        repository.remove(deliveryKey(status));
    }

    /**
     * The de-duplication key: one delivery per event instance and status, so {@code queued} and then
     * {@code processed} are both delivered when both are asked for. SFMC gives no eventInstanceId to a contact it
     * rejected in the batch call; such a contact is keyed by request and contact key instead.
     */
    static String deliveryKey(EntryStatus status) {
        String instance = status.getEventInstanceId() != null
                ? status.getEventInstanceId()
                : status.getRequestId() + "/" + status.getContactKey();
        return instance + ":" + status.getStatus();
    }
}
