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
package io.github.camelsfmc.examples.jms;

import java.util.List;

import org.apache.camel.Exchange;

import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Turns a failed batch into what the dead-letter queue should hold: only the contacts that did not reach the journey
 * queue, exactly as they arrived. The queued ones of the same batch must not be replayed.
 */
public class DeadLetters {

    public static final String REASON_HEADER = "SfmcFailureReason";
    public static final String HTTP_STATUS_HEADER = "SfmcHttpStatus";

    public List<Object> undelivered(Exchange exchange) {
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (error instanceof SfmcJourneyException sfmc) {
            exchange.getMessage().setHeader(REASON_HEADER, sfmc.getMessage());
            exchange.getMessage().setHeader(HTTP_STATUS_HEADER, sfmc.getHttpResponseCode());
            return sfmc.getUndeliveredContacts();
        }
        exchange.getMessage().setHeader(REASON_HEADER, String.valueOf(error));
        return exchange.getMessage().getBody(List.class);
    }
}
