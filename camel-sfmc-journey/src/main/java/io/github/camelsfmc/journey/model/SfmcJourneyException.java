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
package io.github.camelsfmc.journey.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A failure to enter contacts into a journey: SFMC answered an error, could not be reached, or the input could not be
 * turned into an entry event.
 * <p>
 * It carries what a route needs to decide what to do next: the HTTP status ({@code 0} when no HTTP answer was
 * received), SFMC's {@code errorcode} and message, the {@code Retry-After} hint of a throttled call, and the contacts
 * that were <em>not</em> delivered, in the form the route sent them, so that a dead-letter channel can replay exactly
 * those. Use {@code onException(SfmcJourneyException.class).onWhen(simple("${exception.httpResponseCode} == 429"))} to
 * branch on it.
 */
public class SfmcJourneyException extends RuntimeCamelException implements HttpResponseAware {

    /**
     * What SFMC, or an HTTP proxy or auth server in front of it, answered to a call that did not succeed.
     *
     * @param status     the HTTP status
     * @param errorCode  SFMC's {@code errorcode} (for example 30000, 50100), or null when the answer carried none
     * @param message    the {@code message} SFMC answered with, quoted and cut to a bounded length, or null
     * @param retryAfter how long SFMC asked to wait before trying again (429 and 503 answers), or null
     */
    public record SfmcAnswer(int status, Integer errorCode, String message, Duration retryAfter) {

        /** An answer with nothing but its status. */
        public static SfmcAnswer status(int status) {
            return new SfmcAnswer(status, null, null, null);
        }
    }

    private int httpResponseCode;
    private String httpResponseStatus;
    private final SfmcAnswer answer;
    private final boolean outcomeUnknown;
    private final List<Object> undeliveredContacts;

    /**
     * @param answer   what SFMC answered, or null when no HTTP answer was received
     * @param contacts the contacts this failure did not deliver, as the route sent them
     */
    protected SfmcJourneyException(
            String message, SfmcAnswer answer, boolean outcomeUnknown, List<?> contacts, Throwable cause) {
        super(message, plainCause(cause));
        this.answer = answer;
        this.httpResponseCode = answer != null ? answer.status() : 0;
        this.httpResponseStatus = answer != null ? String.valueOf(answer.status()) : null;
        this.outcomeUnknown = outcomeUnknown;
        // not List.copyOf: a null body is a contact too, and must be handed back
        this.undeliveredContacts = Collections.unmodifiableList(new ArrayList<>(contacts));
    }

    /**
     * SFMC cannot have received the contacts (the request was never sent, or no entry was asked for): sending them
     * again is safe.
     */
    public static SfmcJourneyException notSent(String message, List<?> contacts, Throwable cause) {
        return new SfmcJourneyException(message, null, false, contacts, cause);
    }

    /**
     * The request was sent but no usable answer came back (timeout, connection reset, an answer that does not say
     * what was queued): SFMC may or may not have queued the contacts.
     */
    public static SfmcJourneyException outcomeUnknown(String message, List<?> contacts, Throwable cause) {
        return new SfmcJourneyException(message, null, true, contacts, cause);
    }

    /**
     * SFMC (or a proxy or auth server in front of it) answered with an error: it did not queue the contacts. Calls that
     * enter no contact (status polls, membership checks) also use it for a 2xx answer that lacks what they need.
     */
    public static SfmcJourneyException refused(String message, SfmcAnswer answer, List<?> contacts) {
        return new SfmcJourneyException(message, answer, false, contacts, null);
    }

    /**
     * Some contacts of a batch were not queued. It carries the answer and cause of the first failed contact, and an
     * unknown outcome when any failed contact's outcome is unknown; {@code result} tells each contact's fate.
     */
    public static SfmcJourneyException notAllQueued(String message, BatchEntryResult result, List<?> undelivered) {
        List<BatchEntryResult.FailedContact> failed = result.getFailed();
        if (failed.isEmpty()) {
            return new SfmcJourneyException(message, null, false, undelivered, null);
        }
        SfmcJourneyException first = failed.get(0).error();
        boolean outcomeUnknown = failed.stream().anyMatch(f -> f.error().isOutcomeUnknown());
        // the first failure's details, but not the failure itself as cause: Camel looks up exceptions by type from the
        // innermost cause outwards, and would find that one, which names none of the other undelivered contacts
        return new SfmcJourneyException(message, first.answer, outcomeUnknown, undelivered, first.getCause());
    }

    /**
     * The first cause that is not itself an SfmcJourneyException. Camel finds an exception by type from the innermost
     * cause outwards, so a nested SfmcJourneyException, which names no contacts, would hide this one from {@code
     * exchange.getException(SfmcJourneyException.class)}: its message is already part of this one's.
     */
    private static Throwable plainCause(Throwable cause) {
        Throwable plain = cause;
        while (plain instanceof SfmcJourneyException && plain.getCause() != plain) {
            plain = plain.getCause();
        }
        return plain;
    }

    @Override
    public int getHttpResponseCode() {
        return httpResponseCode;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpResponseStatus;
    }

    // HttpResponseAware's setters, for Camel code that fills in any HttpResponseAware exception
    @Override
    public void setHttpResponseCode(int code) {
        this.httpResponseCode = code;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpResponseStatus = status;
    }

    /** SFMC's {@code errorcode} (for example 30000, 50100), or null when the answer carried none. */
    public Integer getErrorCode() {
        return answer != null ? answer.errorCode() : null;
    }

    /** The {@code message} SFMC answered with, or null. */
    public String getSfmcMessage() {
        return answer != null ? answer.message() : null;
    }

    /** How long SFMC asked to wait before retrying (429 and 503 answers), or null. */
    public Duration getRetryAfter() {
        return answer != null ? answer.retryAfter() : null;
    }

    /**
     * True when the request was sent but no answer arrived (timeout, connection reset): SFMC may have queued the
     * contacts. Entry events are not idempotent, so a blind retry can enter a contact twice. For a batch it is true
     * when any failed contact's outcome is unknown; the BatchEntryResult header tells which.
     */
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }

    /** The contacts this failure did not deliver, exactly as the route sent them (message bodies or list elements). */
    public List<Object> getUndeliveredContacts() {
        return undeliveredContacts;
    }
}
