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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.BatchEntryResult.FailedContact;
import io.github.camelsfmc.journey.model.BatchEntryResult.QueuedContact;
import io.github.camelsfmc.journey.model.ReconciliationResult;
import io.github.camelsfmc.journey.model.ReconciliationResult.ContactVerdict;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * What the exchange becomes after reconciling.
 *
 * @param batch           for a batch: its result with the reconciled contacts moved to queued, or their failure
 *                        replaced; null for a single entry
 * @param eventInstanceId for a single entry found in the status API: its id
 * @param failure         for a single entry not found queued: the failure naming it; null otherwise
 */
public record Reconciled(
        ReconciliationResult result, BatchEntryResult batch, String eventInstanceId, SfmcJourneyException failure) {

    static Reconciled single(String key, ReconciliationResult result) {
        ContactVerdict verdict = result.getContacts().get(0);
        return switch (verdict.verdict()) {
            case QUEUED -> new Reconciled(result, null, verdict.eventInstanceId(), null);
            case NOT_RECEIVED ->
                new Reconciled(result, null, null, ReconciledFailures.notReceived(key, List.of(verdict), result));
            case UNKNOWN ->
                new Reconciled(result, null, null, ReconciledFailures.stillUnknown(key, List.of(verdict), result));
        };
    }

    /** Members not reconciled (not sent, or failed with a known outcome) keep what they had. */
    static Reconciled batch(String key, ReconciliationResult result, BatchEntryResult before) {
        SfmcJourneyException notReceived = result.getNotReceived().isEmpty()
                ? null
                : ReconciledFailures.notReceived(key, result.getNotReceived(), result);
        SfmcJourneyException unknown = result.getUnknown().isEmpty()
                ? null
                : ReconciledFailures.stillUnknown(key, result.getUnknown(), result);
        Map<Integer, ContactVerdict> byIndex = new HashMap<>();
        result.getContacts().forEach(v -> byIndex.put(v.index(), v));
        List<QueuedContact> queued = new ArrayList<>(before.getQueued());
        List<FailedContact> failed = new ArrayList<>();
        List<String> requestIds = new ArrayList<>(before.getRequestIds());
        for (FailedContact f : before.getFailed()) {
            ContactVerdict v = byIndex.get(f.index());
            if (v == null) {
                failed.add(f);
            } else if (v.verdict() == ReconciliationResult.Verdict.QUEUED) {
                queued.add(
                        new QueuedContact(f.index(), f.contact(), f.contactKey(), v.eventInstanceId(), v.requestId()));
                if (v.requestId() != null && !requestIds.contains(v.requestId())) {
                    requestIds.add(v.requestId());
                }
            } else {
                SfmcJourneyException error =
                        v.verdict() == ReconciliationResult.Verdict.NOT_RECEIVED ? notReceived : unknown;
                failed.add(new FailedContact(f.index(), f.contact(), f.contactKey(), error));
            }
        }
        queued.sort(Comparator.comparingInt(QueuedContact::index));
        failed.sort(Comparator.comparingInt(FailedContact::index));
        BatchEntryResult after = new BatchEntryResult(
                before.getTotal(), queued, before.getRejected(), failed, requestIds, before.getRetryCount());
        return new Reconciled(result, after, null, null);
    }
}
