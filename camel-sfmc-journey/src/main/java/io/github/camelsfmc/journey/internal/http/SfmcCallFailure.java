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
package io.github.camelsfmc.journey.internal.http;

import java.time.Duration;
import java.util.List;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.journey.model.SfmcJourneyException.SfmcAnswer;

/**
 * A call to SFMC (or its auth server) that failed, as the layers that make calls see it: what SFMC answered, or that
 * no answer came and whether the request may have reached SFMC. Those layers do not know the route's contacts; the
 * layer that does turns this into the {@link SfmcJourneyException} a route sees, with {@link #toException(List)}.
 */
public final class SfmcCallFailure extends RuntimeException {

    private final SfmcAnswer answer;
    private final boolean outcomeUnknown;
    private final Duration notBefore;
    private final int retries;

    private SfmcCallFailure(
            String message,
            SfmcAnswer answer,
            boolean outcomeUnknown,
            Duration notBefore,
            int retries,
            Throwable cause) {
        super(message, cause);
        this.answer = answer;
        this.outcomeUnknown = outcomeUnknown;
        this.notBefore = notBefore;
        this.retries = retries;
    }

    /** No answer, and the request cannot have reached SFMC (or asked for no entry): safe to send again. */
    public static SfmcCallFailure notSent(String message, Throwable cause) {
        return new SfmcCallFailure(message, null, false, null, 0, cause);
    }

    /** The request was sent but no usable answer came back: SFMC may or may not have acted on it. */
    public static SfmcCallFailure outcomeUnknown(String message, Throwable cause) {
        return new SfmcCallFailure(message, null, true, null, 0, cause);
    }

    /**
     * SFMC, or a proxy or auth server in front of it, answered with an error, or with a success that lacks what the
     * call needs (a call that enters no contact).
     */
    public static SfmcCallFailure refused(String message, SfmcAnswer answer) {
        return new SfmcCallFailure(message, answer, false, null, 0, null);
    }

    /**
     * This failure told again, in {@code message}, to a caller that must not try before {@code notBefore} has passed
     * (token requests pause after failures).
     */
    public SfmcCallFailure pausing(String message, Duration notBefore) {
        SfmcAnswer paused = answer != null
                ? new SfmcAnswer(answer.status(), answer.errorCode(), answer.message(), notBefore)
                : null;
        return new SfmcCallFailure(message, paused, outcomeUnknown, notBefore, retries, getCause());
    }

    /** This failure as the final one of a call that was retried {@code retries} times before it. */
    public SfmcCallFailure afterRetries(int retries) {
        if (retries == this.retries) {
            return this;
        }
        SfmcCallFailure last =
                new SfmcCallFailure(getMessage(), answer, outcomeUnknown, notBefore, retries, getCause());
        last.setStackTrace(getStackTrace());
        return last;
    }

    /** The failure a route sees, naming {@code contacts} (empty where the call was not about contacts). */
    public SfmcJourneyException toException(List<?> contacts) {
        if (answer != null) {
            return SfmcJourneyException.refused(getMessage(), answer, contacts);
        }
        return outcomeUnknown
                ? SfmcJourneyException.outcomeUnknown(getMessage(), contacts, getCause())
                : SfmcJourneyException.notSent(getMessage(), contacts, getCause());
    }

    /**
     * What a route that did not enter contacts (status polls, membership checks, health checks) is told of {@code
     * error}: a failed call as an {@link SfmcJourneyException}, anything else as it is.
     */
    public static Throwable forRoute(Throwable error) {
        Throwable failure = AsyncFailures.unwrap(error);
        return failure instanceof SfmcCallFailure call ? call.toException(List.of()) : failure;
    }

    /** What was answered, or null when no HTTP answer was received. */
    public SfmcAnswer answer() {
        return answer;
    }

    /** The HTTP status answered, or 0 when none was received. */
    public int status() {
        return answer != null ? answer.status() : 0;
    }

    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }

    /** How long to wait before trying again: the token pause, else what SFMC asked for, else null. */
    public Duration retryAfter() {
        return notBefore != null ? notBefore : answer != null ? answer.retryAfter() : null;
    }

    /** How many times the call was retried before this failure ended it. */
    public int retries() {
        return retries;
    }

    /** How many times a call that failed with {@code error} was retried: 0 unless it is a failed call. */
    public static int retriesOf(Throwable error) {
        return AsyncFailures.unwrap(error) instanceof SfmcCallFailure call ? call.retries : 0;
    }
}
