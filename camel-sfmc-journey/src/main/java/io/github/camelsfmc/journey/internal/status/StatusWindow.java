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

import java.time.Instant;

/**
 * A stretch of SFMC's time, {@code start} included and {@code end} excluded, on the date SFMC filters by
 * ({@code modifiedDate}).
 */
record StatusWindow(Instant start, Instant end) {

    boolean isEmpty() {
        return !start.isBefore(end);
    }

    boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
