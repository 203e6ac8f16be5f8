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

    private int httpResponseCode;
    private String httpResponseStatus;
    private final Integer errorCode;
    private final String sfmcMessage;
    private final Duration retryAfter;
    private final boolean outcomeUnknown;
    private final List<Object> undeliveredContacts;

    public SfmcJourneyException(
            String message, int status, Integer errorCode, String sfmcMessage, Duration retryAfter, Throwable cause) {
        this(message, status, errorCode, sfmcMessage, retryAfter, false, List.of(), cause);
    }

    public SfmcJourneyException(
            String message,
            int httpResponseCode,
            Integer errorCode,
            String sfmcMessage,
            Duration retryAfter,
            boolean outcomeUnknown,
            List<?> undeliveredContacts,
            Throwable cause) {
        super(message, plainCause(cause));
        this.httpResponseCode = httpResponseCode;
        this.httpResponseStatus = httpResponseCode > 0 ? String.valueOf(httpResponseCode) : null;
        this.errorCode = errorCode;
        this.sfmcMessage = sfmcMessage;
        this.retryAfter = retryAfter;
        this.outcomeUnknown = outcomeUnknown;
        // not List.copyOf: a null body is a contact too, and must be handed back
        this.undeliveredContacts = Collections.unmodifiableList(new ArrayList<>(undeliveredContacts));
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

    /** A failure where the request was sent but no answer came back, so SFMC may or may not have queued it. */
    public static SfmcJourneyException outcomeUnknown(String message, Throwable cause) {
        return new SfmcJourneyException(message, 0, null, null, null, true, List.of(), cause);
    }

    /** The same failure, naming the contacts it left undelivered. */
    public SfmcJourneyException withUndeliveredContacts(List<?> contacts) {
        SfmcJourneyException copy = new SfmcJourneyException(
                getMessage(),
                httpResponseCode,
                errorCode,
                sfmcMessage,
                retryAfter,
                outcomeUnknown,
                contacts,
                getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
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
        return errorCode;
    }

    /** The {@code message} SFMC answered with, or null. */
    public String getSfmcMessage() {
        return sfmcMessage;
    }

    /** How long SFMC asked to wait before retrying (429 and 503 answers), or null. */
    public Duration getRetryAfter() {
        return retryAfter;
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
