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
package io.github.camelsfmc.journey.internal.reconcile;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How unknown outcomes are reconciled: the wait before the first look, the time between looks, the bound after which
 * a contact not found is reported not received, and the deadline of one API call (the exchange is held at most
 * {@code timeout + requestTimeout}).
 *
 * @param dateZone the zone of status dates written without an offset (statusDateZone)
 */
public record ReconcileSettings(
        Duration delay, Duration interval, Duration timeout, Duration requestTimeout, ZoneId dateZone) {

    /**
     * How much earlier than the send time (on SFMC's clock, as its {@code Date} header tells it) an entry may be dated
     * and still count as this one: the {@code Date} header has whole seconds, its time is taken while the answer is
     * written, and the send time is taken before the request leaves. A longer allowance would take more earlier
     * entries of the same contact for this one.
     */
    public static final Duration SKEW_ALLOWANCE = Duration.ofSeconds(5);

    /** Status pages read per contact and look; more entries than that make the look inconclusive. */
    static final int MAX_STATUS_PAGES = 4;

    static final int STATUS_PAGE_SIZE = 50;

    /** Contacts one exchange reconciles; the rest of a larger batch stay unknown. */
    static final int MAX_CONTACTS = 1000;

    /** Contacts looked up at once during a look. */
    static final int LOOK_CONCURRENCY = 4;
}
