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
package io.github.camelsfmc.examples.file;

import java.util.HashMap;
import java.util.Map;

import io.github.camelsfmc.journey.model.EntryStatus;

/**
 * Matches the statuses SFMC reports to the rows this run queued, by eventInstanceId. A status may be polled before
 * the batch answer that names its eventInstanceId has been recorded, so such a status waits here for its row.
 * Statuses of contacts other runs queued are ignored.
 */
final class EntryOutcomes {

    /** A queued row waiting for its journey outcome. */
    record QueuedRow(FileImport file, long row, String contactKey) {}

    /** A row and what journey processing did with it. */
    record Outcome(QueuedRow row, EntryStatus status) {}

    private final Map<String, QueuedRow> waiting = new HashMap<>();
    private final Map<String, EntryStatus> early = new HashMap<>();

    /** Registers a queued row; returns its outcome at once when its status arrived first, else null. */
    synchronized Outcome queued(String eventInstanceId, QueuedRow row) {
        EntryStatus status = early.remove(eventInstanceId);
        if (status != null) {
            return new Outcome(row, status);
        }
        waiting.put(eventInstanceId, row);
        return null;
    }

    /** The row a final status is about, or null when it is not (yet) one of this run's queued rows. */
    synchronized Outcome reported(EntryStatus status) {
        if (!status.isProcessed() && !status.isErrored()) {
            return null;
        }
        QueuedRow row = waiting.remove(status.getEventInstanceId());
        if (row == null) {
            early.put(status.getEventInstanceId(), status);
            return null;
        }
        return new Outcome(row, status);
    }
}
