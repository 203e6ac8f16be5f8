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
package io.github.camelsfmc.journey.internal.entry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.BatchEntryResult.FailedContact;
import io.github.camelsfmc.journey.model.BatchEntryResult.QueuedContact;
import io.github.camelsfmc.journey.model.BatchEntryResult.RejectedContact;

/** Collects the outcome of each contact while a batch's chunks complete concurrently. */
final class BatchEntryTally {

    private final int total;
    private final List<QueuedContact> queued = new ArrayList<>();
    private final List<RejectedContact> rejected = new ArrayList<>();
    private final List<FailedContact> failed = new ArrayList<>();
    private final List<String> requestIds = new ArrayList<>();
    private int retries;

    BatchEntryTally(int total) {
        this.total = total;
    }

    synchronized void queued(QueuedContact contact) {
        queued.add(contact);
    }

    synchronized void rejected(RejectedContact contact) {
        rejected.add(contact);
    }

    synchronized void failed(FailedContact contact) {
        failed.add(contact);
    }

    synchronized void requestId(String requestId) {
        if (requestId != null) {
            requestIds.add(requestId);
        }
    }

    /** Adds the retries one of this batch's requests took. */
    synchronized void retried(int requestRetries) {
        retries += requestRetries;
    }

    /** The result, each list in input order. */
    synchronized BatchEntryResult toResult() {
        queued.sort(Comparator.comparingInt(QueuedContact::index));
        rejected.sort(Comparator.comparingInt(RejectedContact::index));
        failed.sort(Comparator.comparingInt(FailedContact::index));
        return new BatchEntryResult(total, queued, rejected, failed, requestIds, retries);
    }
}
