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

import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The consumer's two repositories, registered as services of the CamelContext. A repository the user supplied may be
 * shared (with another route, another consumer, another node): the context starts it and nobody here stops it. The
 * in-memory ones the consumer creates live until the consumer is shut down, so a route restart keeps them.
 */
public final class StatusRepositories {

    /** Delivered statuses an in-memory repository remembers. */
    static final int IN_MEMORY_DELIVERED = 100_000;

    private final StateRepository<String, String> windows;
    private final IdempotentRepository delivered;
    private final boolean ownWindows;
    private final boolean ownDelivered;

    private StatusRepositories(
            StateRepository<String, String> windows,
            IdempotentRepository delivered,
            boolean ownWindows,
            boolean ownDelivered) {
        this.windows = windows;
        this.delivered = delivered;
        this.ownWindows = ownWindows;
        this.ownDelivered = ownDelivered;
    }

    /** Uses the supplied repositories, or in-memory ones where none was supplied, and starts them as services. */
    public static StatusRepositories register(
            CamelContext context,
            StateRepository<String, String> suppliedWindows,
            IdempotentRepository suppliedDelivered)
            throws Exception {
        StatusRepositories repositories = new StatusRepositories(
                suppliedWindows != null ? suppliedWindows : new MemoryStateRepository(),
                suppliedDelivered != null
                        ? suppliedDelivered
                        : MemoryIdempotentRepository.memoryIdempotentRepository(IN_MEMORY_DELIVERED),
                suppliedWindows == null,
                suppliedDelivered == null);
        addOnce(context, repositories.windows, repositories.ownWindows);
        addOnce(context, repositories.delivered, repositories.ownDelivered);
        return repositories;
    }

    private static void addOnce(CamelContext context, Object repository, boolean own) throws Exception {
        if (!context.hasService(repository)) {
            context.addService(repository, own, true);
        } else {
            ServiceHelper.startService(repository);
        }
    }

    public StateRepository<String, String> windows() {
        return windows;
    }

    public IdempotentRepository delivered() {
        return delivered;
    }

    /** Stops and unregisters the repositories this consumer created; the supplied ones are left alone. */
    public void release(CamelContext context) throws Exception {
        if (ownWindows) {
            context.removeService(windows);
            ServiceHelper.stopAndShutdownService(windows);
        }
        if (ownDelivered) {
            context.removeService(delivered);
            ServiceHelper.stopAndShutdownService(delivered);
        }
    }
}
