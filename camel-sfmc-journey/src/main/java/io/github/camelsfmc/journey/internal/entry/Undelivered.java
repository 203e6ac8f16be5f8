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

import java.util.List;

import io.github.camelsfmc.journey.internal.http.AsyncFailures;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.mapping.InvalidContactException;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/** Turns whatever went wrong into the failure a route sees: an {@link SfmcJourneyException} naming its contacts. */
public final class Undelivered {

    private Undelivered() {}

    /**
     * @param  error    a failure, possibly wrapped by a future: a contact that cannot be sent, a failed call, or an
     *                  {@link SfmcJourneyException} the senders made, which already names its contacts
     * @param  contacts the contacts it kept from SFMC, as the route sent them
     * @return          the failure naming {@code contacts}
     */
    public static SfmcJourneyException failure(Throwable error, List<?> contacts) {
        Throwable cause = AsyncFailures.unwrap(error);
        SfmcJourneyException known = known(cause, contacts);
        // what is left failed in the component itself, before a request was made
        return known != null ? known : SfmcJourneyException.notSent("SFMC call failed: " + cause, contacts, cause);
    }

    /**
     * The same, for a failure once the request to SFMC was made: an error of the component's own that is not a failed
     * call (for example while reading a 2xx answer) leaves SFMC's side unknown, so it is never reported as not sent.
     */
    public static SfmcJourneyException afterCall(Throwable error, List<?> contacts) {
        Throwable cause = AsyncFailures.unwrap(error);
        SfmcJourneyException known = known(cause, contacts);
        return known != null
                ? known
                : SfmcJourneyException.outcomeUnknown(
                        "The component failed after the request to SFMC was made (" + cause
                                + "), so whether SFMC queued the contacts is unknown."
                                + " Check Journey Builder before replaying them.",
                        contacts,
                        cause);
    }

    private static SfmcJourneyException known(Throwable cause, List<?> contacts) {
        if (cause instanceof InvalidContactException invalid) {
            return invalid.refusal(contacts);
        }
        if (cause instanceof SfmcCallFailure call) {
            return call.toException(contacts);
        }
        if (cause instanceof SfmcJourneyException sfmc
                && !sfmc.getUndeliveredContacts().isEmpty()) {
            return sfmc;
        }
        return null;
    }
}
