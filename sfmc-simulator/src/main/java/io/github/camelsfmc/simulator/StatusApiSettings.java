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
import java.util.Objects;

/**
 * How {@code GET /interaction/v1/async/events/status} misbehaves (issue 23): statuses that become visible late, and a
 * returned {@code pageSize} smaller than the one asked for. Thread-safe; change it at runtime through
 * {@link SfmcSimulator#statusApi()}. {@link SfmcSimulator#restoreConfiguredState()} restores the configured values.
 */
public final class StatusApiSettings {
    private volatile Duration visibilityDelay = Duration.ZERO;
    private volatile int pageSizeCap;
    private volatile boolean listsSingleEntries;

    StatusApiSettings() {}

    /**
     * A status (and each change of it) shows only this long after it happened; until then the previous status shows,
     * or nothing for a new member. Zero (default) shows it at once.
     */
    public StatusApiSettings visibilityDelay(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("visibilityDelay must not be negative: " + delay);
        }
        this.visibilityDelay = delay;
        return this;
    }

    /** The largest page served: {@code } above it is cut to it, and the answer says so. 0 = no cap. */
    public StatusApiSettings pageSizeCap(int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("pageSizeCap < 0");
        }
        this.pageSizeCap = cap;
        return this;
    }

    /**
     * Whether single entries ({@code POST /interaction/v1/events}) show in the status API like batch members. SFMC
     * documents the status API for batch insertion only and says nothing of single entries, so the default is false:
     * a single entry is then found only through contactMembership.
     */
    public StatusApiSettings listsSingleEntries(boolean lists) {
        this.listsSingleEntries = lists;
        return this;
    }

    public boolean listsSingleEntries() {
        return listsSingleEntries;
    }

    public Duration visibilityDelay() {
        return visibilityDelay;
    }

    public int pageSizeCap() {
        return pageSizeCap;
    }

    void setFrom(StatusApiSettings other) {
        this.visibilityDelay = other.visibilityDelay;
        this.pageSizeCap = other.pageSizeCap;
        this.listsSingleEntries = other.listsSingleEntries;
    }

    StatusApiSettings copy() {
        StatusApiSettings c = new StatusApiSettings();
        c.setFrom(this);
        return c;
    }
}
