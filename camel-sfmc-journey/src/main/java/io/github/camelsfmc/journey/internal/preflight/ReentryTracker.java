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
package io.github.camelsfmc.journey.internal.preflight;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contact keys this endpoint entered, remembered only while the running version forbids re-entry, so journeys
 * that allow it cost no memory. Bounded: the oldest key is forgotten first.
 */
final class ReentryTracker {

    private final int capacity;
    private volatile Map<String, Boolean> entered;

    ReentryTracker(int capacity) {
        this.capacity = capacity;
    }

    /** Starts or stops remembering as the journey's entry mode says. */
    void track(boolean reentryForbidden) {
        if (!reentryForbidden || capacity <= 0) {
            entered = null;
        } else if (entered == null) {
            entered = boundedSet(capacity);
        }
    }

    void entered(String contactKey) {
        Map<String, Boolean> keys = entered;
        if (keys != null) {
            synchronized (keys) {
                keys.put(contactKey, Boolean.TRUE);
            }
        }
    }

    boolean wasEntered(String contactKey) {
        Map<String, Boolean> keys = entered;
        if (keys == null) {
            return false;
        }
        synchronized (keys) {
            return keys.containsKey(contactKey);
        }
    }

    int size() {
        Map<String, Boolean> keys = entered;
        if (keys == null) {
            return 0;
        }
        synchronized (keys) {
            return keys.size();
        }
    }

    private static Map<String, Boolean> boundedSet(int capacity) {
        return new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }
}
