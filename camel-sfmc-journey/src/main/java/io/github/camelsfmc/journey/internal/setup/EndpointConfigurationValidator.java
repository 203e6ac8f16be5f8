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

import java.util.Set;

import io.github.camelsfmc.journey.SfmcJourneyConfiguration;
import io.github.camelsfmc.journey.internal.entry.EventDefinitionKeys;

/**
 * Checks an endpoint's options when it is created, so a misconfigured route fails at start-up with the option named
 * rather than at the first message.
 */
public final class EndpointConfigurationValidator {

    private static final Set<String> OPERATIONS = Set.of("enter", "confirmMembership");
    private static final Set<String> STATUS_TYPES = Set.of("errored", "processed", "queued");

    /** The longest an exchange with an unknown outcome may be held for reconciliation. */
    private static final long MAX_RECONCILE_TIMEOUT = 30 * 60 * 1000L;

    private EndpointConfigurationValidator() {}

    public static void validate(SfmcJourneyConfiguration configuration) {
        EventDefinitionKeys.requireValidOption(
                configuration.getEventDefinitionKey(), "the endpoint path (sfmc-journey:key)");
        require(
                configuration.getClientId(),
                "clientId",
                "the client id of the Server-to-Server installed package (Setup > Apps > Installed Packages)");
        require(
                configuration.getClientSecret(),
                "clientSecret",
                "the client secret of the installed package, preferably as a property placeholder such as {{sfmc.clientSecret}}");
        String subdomain = configuration.getSubdomain();
        if (isBlank(subdomain) && isBlank(configuration.getAuthUrl())) {
            throw new IllegalArgumentException(
                    "Option subdomain is required (or authUrl): the tenant subdomain from https://{subdomain}.auth.marketingcloudapis.com");
        }
        if (!isBlank(subdomain) && (subdomain.contains(".") || subdomain.contains("/"))) {
            throw new IllegalArgumentException("Option subdomain='" + subdomain
                    + "' must be only the tenant part (for example mcabc123...), not a host or"
                    + " URL: for https://mcabc123.auth.marketingcloudapis.com use subdomain=mcabc123");
        }
        requireHttpUrl(configuration.getAuthUrl(), "authUrl");
        requireHttpUrl(configuration.getRestUrl(), "restUrl");
        String accountId = configuration.getAccountId();
        if (!isBlank(accountId) && !accountId.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Option accountId='" + accountId
                    + "' must be the numeric MID of the business unit (shown in the account"
                    + " menu of Marketing Cloud)");
        }
        if (configuration.getOperation() == null || !OPERATIONS.contains(configuration.getOperation())) {
            throw new IllegalArgumentException("Option operation='" + configuration.getOperation()
                    + "' must be enter (send contacts to the journey) or confirmMembership (ask SFMC which contacts"
                    + " are in it)");
        }
        if (configuration.isJourneyHistory() && !"confirmMembership".equals(configuration.getOperation())) {
            throw new IllegalArgumentException("Option journeyHistory=true works only with"
                    + " operation=confirmMembership, where it looks up the contacts contactMembership did not find;"
                    + " operation='" + configuration.getOperation() + "' never reads Journey History. Remove the"
                    + " option, or set operation=confirmMembership");
        }
        if (isBlank(configuration.getContactKeyField())) {
            throw new IllegalArgumentException(
                    "Option contactKeyField must name the body field that holds the ContactKey");
        }
        if (configuration.getBatchSize() < 1 || configuration.getBatchSize() > 100) {
            throw new IllegalArgumentException("Option batchSize=" + configuration.getBatchSize()
                    + " must be between 1 and 100: SFMC accepts at most 100 members per batch request");
        }
        if (configuration.getBatchConcurrency() < 1) {
            throw new IllegalArgumentException(
                    "Option batchConcurrency=" + configuration.getBatchConcurrency() + " must be 1 or more");
        }
        requirePositive(configuration.getSchemaRefreshInterval(), "schemaRefreshInterval");
        requirePositive(configuration.getJourneyHistoryTimeout(), "journeyHistoryTimeout");
        if (configuration.getReentryTrackingSize() < 0) {
            throw new IllegalArgumentException("Option reentryTrackingSize=" + configuration.getReentryTrackingSize()
                    + " must be 0 (off) or more");
        }
        requireNotNegative(configuration.getMaximumRetries(), "maximumRetries");
        requireNotNegative(configuration.getRetryInitialDelay(), "retryInitialDelay");
        requireNotNegative(configuration.getRetryMaxDelay(), "retryMaxDelay");
        requireNotNegative(configuration.getMaxRequestsPerSecond(), "maxRequestsPerSecond");
        requireNotNegative(configuration.getMaxConcurrentRequests(), "maxConcurrentRequests");
        if (!isBlank(configuration.getProxyHost()) && configuration.getProxyPort() == null) {
            throw new IllegalArgumentException(
                    "Option proxyPort is required with proxyHost=" + configuration.getProxyHost());
        }
        validateStatusOptions(configuration);
        validateReconcileOptions(configuration);
        requirePositive(configuration.getConnectTimeout(), "connectTimeout");
        requirePositive(configuration.getRequestTimeout(), "requestTimeout");
        requirePositive(configuration.getTokenTimeout(), "tokenTimeout");
        requireNotNegative(configuration.getTokenRefreshMargin(), "tokenRefreshMargin");
    }

    private static void validateStatusOptions(SfmcJourneyConfiguration configuration) {
        String types = configuration.getStatusType();
        if (isBlank(types)) {
            throw new IllegalArgumentException(
                    "Option statusType must be errored, processed or queued, or several separated by commas");
        }
        for (String type : types.split(",")) {
            if (!STATUS_TYPES.contains(type.trim())) {
                throw new IllegalArgumentException("Option statusType='" + types + "' has '" + type.trim()
                        + "': each value must be errored, processed or queued, as SFMC's status API spells them");
            }
        }
        if (configuration.getStatusPageSize() < 1) {
            throw new IllegalArgumentException(
                    "Option statusPageSize=" + configuration.getStatusPageSize() + " must be 1 or more");
        }
        requireNotNegative(configuration.getSettleTime(), "settleTime");
        requirePositive(configuration.getStatusLookback(), "statusLookback");
        requireNotNegative(configuration.getStatusOverlap(), "statusOverlap");
        requirePositive(configuration.getStatusWindowSlice(), "statusWindowSlice");
        requireNotNegative(configuration.getMaxMessagesPerPoll(), "maxMessagesPerPoll");
        if (configuration.getStatusDeliveryAttempts() < 1) {
            throw new IllegalArgumentException("Option statusDeliveryAttempts="
                    + configuration.getStatusDeliveryAttempts() + " must be 1 or more");
        }
        try {
            java.time.ZoneId.of(configuration.getStatusDateZone());
        } catch (RuntimeException notAZone) {
            throw new IllegalArgumentException("Option statusDateZone='" + configuration.getStatusDateZone()
                    + "' must be a zone id such as UTC or -06:00");
        }
    }

    private static void validateReconcileOptions(SfmcJourneyConfiguration configuration) {
        if (!configuration.isReconcileUnknownOutcome()) {
            return;
        }
        long delay = configuration.getReconcileDelay();
        long timeout = configuration.getReconcileTimeout();
        requireNotNegative(delay, "reconcileDelay");
        requirePositive(configuration.getReconcileInterval(), "reconcileInterval");
        requirePositive(timeout, "reconcileTimeout");
        if (delay > timeout) {
            throw new IllegalArgumentException("Option reconcileDelay=" + delay + " is longer than reconcileTimeout="
                    + timeout + ": no look would be made; raise reconcileTimeout or lower reconcileDelay");
        }
        if (timeout > MAX_RECONCILE_TIMEOUT) {
            throw new IllegalArgumentException("Option reconcileTimeout=" + timeout + " holds each exchange with an"
                    + " unknown outcome that long; at most " + MAX_RECONCILE_TIMEOUT + " ms (30 minutes) is allowed."
                    + " For longer checks, let the exchange fail and read the status API with the consumer");
        }
    }

    private static void require(String value, String option, String what) {
        if (isBlank(value)) {
            throw new IllegalArgumentException("Option " + option + " is required: " + what);
        }
    }

    private static void requirePositive(long value, String option) {
        if (value <= 0) {
            throw new IllegalArgumentException(
                    "Option " + option + "=" + value + " must be a positive number of milliseconds");
        }
    }

    private static void requireHttpUrl(String url, String option) {
        if (!isBlank(url)
                && !url.regionMatches(true, 0, "https://", 0, 8)
                && !url.regionMatches(true, 0, "http://", 0, 7)) {
            throw new IllegalArgumentException(
                    "Option " + option + "='" + url + "' must be an http:// or https:// URL, for"
                            + " example https://mcabc123.auth.marketingcloudapis.com");
        }
    }

    private static void requireNotNegative(long value, String option) {
        if (value < 0) {
            throw new IllegalArgumentException("Option " + option + "=" + value + " must be 0 or more");
        }
    }

    private static void requireNotNegative(double value, String option) {
        if (value < 0) {
            throw new IllegalArgumentException("Option " + option + "=" + value + " must be 0 or more");
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
