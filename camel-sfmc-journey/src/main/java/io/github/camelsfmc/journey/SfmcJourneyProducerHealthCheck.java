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
package io.github.camelsfmc.journey;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import io.github.camelsfmc.journey.internal.auth.TokenSource;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.preflight.JourneyEntryGuard;
import io.github.camelsfmc.journey.internal.preflight.PreflightReport;

/**
 * DOWN when the endpoint cannot obtain an access token, or when preflight knows that contacts would not enter (unknown
 * key, no running version, a paused journey), with the reason in the details. What preflight could not check (no read
 * permission, an unexpected answer, its deadline) leaves it UP, with what was not checked in the message and in the
 * {@code notChecked} detail. A probe reads the cached preflight report
 * and never calls SFMC for it; the report is refreshed in the background once {@code schemaRefreshInterval} has passed.
 * Details never include the token or the secret. The id is the endpoint's, so endpoints sharing a key do not collide.
 */
final class SfmcJourneyProducerHealthCheck extends AbstractHealthCheck {

    private final SfmcJourneyEndpoint endpoint;

    private SfmcJourneyProducerHealthCheck(SfmcJourneyEndpoint endpoint) {
        super("camel", "producer:sfmc-journey-" + endpoint.getId());
        this.endpoint = endpoint;
    }

    /** Declared as the interface so that callers do not load camel-health classes unless it is present. */
    static HealthCheck create(SfmcJourneyEndpoint endpoint) {
        return new SfmcJourneyProducerHealthCheck(endpoint);
    }

    /** "Published, entryMode X" for one version; "v3 Published, v4 Draft, entryMode X" for several. */
    private static String describe(List<PreflightReport.JourneyState> versions) {
        PreflightReport.JourneyState last = versions.get(versions.size() - 1);
        String statuses = versions.size() == 1
                ? last.status()
                : versions.stream()
                        .map(v -> "v" + v.version() + " " + v.status())
                        .collect(Collectors.joining(", "));
        return statuses + ", entryMode " + last.entryMode();
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("eventDefinitionKey", endpoint.getEventDefinitionKey());
        builder.detail("serviceUrl", endpoint.getServiceUrl());
        TokenSource tokens = endpoint.getApiClient().getTokenSource();
        try {
            tokens.token().get(endpoint.getConfiguration().getTokenTimeout(), TimeUnit.MILLISECONDS);
            builder.detail("tokenExpiresAt", String.valueOf(tokens.getTokenExpiresAt()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.down().message("Interrupted while obtaining an SFMC access token");
            return;
        } catch (ExecutionException e) {
            Throwable failure = SfmcCallFailure.forRoute(e);
            builder.down()
                    .message("Cannot obtain an SFMC access token: " + failure.getMessage())
                    .error(failure);
            return;
        } catch (java.util.concurrent.TimeoutException e) {
            builder.down()
                    .message("No SFMC access token within tokenTimeout="
                            + Duration.ofMillis(endpoint.getConfiguration().getTokenTimeout()));
            return;
        }
        JourneyEntryGuard guard = endpoint.getEntryGuard();
        PreflightReport report = guard != null ? guard.report() : null;
        if (guard != null) {
            guard.refreshIfDue();
        }
        if (report == null) {
            builder.up().message("Access token obtained; journey state not checked (preflight off or not run yet)");
            return;
        }
        builder.detail("preflightCheckedAt", String.valueOf(report.checkedAt()));
        report.journeys().stream()
                .collect(Collectors.groupingBy(
                        PreflightReport.JourneyState::name, LinkedHashMap::new, Collectors.toList()))
                .forEach((name, versions) -> builder.detail("journey." + name, describe(versions)));
        if (report.journeys().stream().anyMatch(PreflightReport.JourneyState::isPaused)) {
            builder.detail("journeyPaused", true);
        }
        if (guard.lastFailure() != null) {
            builder.detail("lastPreflightFailure", guard.lastFailure());
        }
        if (!report.isEntryPossible()) {
            builder.down().message(String.join("; ", report.problems()));
            return;
        }
        if (!report.unchecked().isEmpty()) {
            String notChecked = String.join("; ", report.unchecked());
            builder.detail("notChecked", notChecked);
            builder.up().message("Contacts are sent unchecked in these respects: " + notChecked);
            return;
        }
        builder.up();
    }
}
