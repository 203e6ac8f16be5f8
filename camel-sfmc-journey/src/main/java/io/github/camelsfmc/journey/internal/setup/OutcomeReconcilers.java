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
package io.github.camelsfmc.journey.internal.setup;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import io.github.camelsfmc.journey.SfmcJourneyConfiguration;
import io.github.camelsfmc.journey.internal.entry.EntryPipeline;
import io.github.camelsfmc.journey.internal.http.DelayedTasks;
import io.github.camelsfmc.journey.internal.metrics.EntryMetrics;
import io.github.camelsfmc.journey.internal.preflight.JourneyEntryGuard;
import io.github.camelsfmc.journey.internal.preflight.PreflightReport;
import io.github.camelsfmc.journey.internal.reconcile.ReconcileSettings;
import io.github.camelsfmc.journey.internal.reconcile.UnknownOutcomeReconciler;

/** Builds a producer's reconciler of unknown outcomes from the endpoint's options. */
public final class OutcomeReconcilers {

    private OutcomeReconcilers() {}

    /** @return {@link UnknownOutcomeReconciler#OFF} unless reconcileUnknownOutcome is on */
    public static UnknownOutcomeReconciler create(
            SfmcJourneyConfiguration configuration, EntryPipeline pipeline, DelayedTasks tasks, EntryMetrics metrics) {
        if (!configuration.isReconcileUnknownOutcome()) {
            return UnknownOutcomeReconciler.OFF;
        }
        ReconcileSettings settings = new ReconcileSettings(
                Duration.ofMillis(configuration.getReconcileDelay()),
                Duration.ofMillis(configuration.getReconcileInterval()),
                Duration.ofMillis(configuration.getReconcileTimeout()),
                Duration.ofMillis(configuration.getRequestTimeout()),
                ZoneId.of(configuration.getStatusDateZone()));
        return new UnknownOutcomeReconciler(
                pipeline, () -> report(pipeline.policy().guard()), settings, tasks, metrics, Clock.systemUTC());
    }

    private static PreflightReport report(JourneyEntryGuard guard) {
        return guard != null ? guard.report() : null;
    }
}
