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
package io.github.camelsfmc.examples.kafka;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.github.camelsfmc.journey.SfmcJourneyConstants;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Turns a batch that SFMC did not take completely into dead-letter records: exactly the contacts that were not
 * queued, each unchanged, with its own error and the position of the record it came from. The queued contacts of the
 * same batch are not among them, so replaying the dead-letter topic enters nobody twice.
 */
public class DeadLetters {

    public static final String ERROR_HEADER = "sfmcError";
    public static final String OUTCOME_UNKNOWN_HEADER = "sfmcOutcomeUnknown";
    public static final String HTTP_STATUS_HEADER = "sfmcHttpStatus";
    public static final String SOURCE_HEADER = "sourceRecord";

    /** One contact that did not reach the journey. */
    public record DeadLetter(
            int index, Object contact, String error, int httpStatus, boolean outcomeUnknown, String source) {}

    /** The undelivered contacts of the failed batch, in batch order. */
    public List<DeadLetter> undelivered(Exchange exchange) {
        KafkaBatch batch = exchange.getProperty(BatchLedger.BATCH_PROPERTY, KafkaBatch.class);
        SfmcJourneyException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SfmcJourneyException.class);
        BatchEntryResult result =
                exchange.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        List<DeadLetter> letters = new ArrayList<>();
        if (result != null) {
            for (BatchEntryResult.RejectedContact r : result.getRejected()) {
                letters.add(new DeadLetter(
                        r.index(),
                        r.contact(),
                        "rejected (" + r.errorCode() + "): " + r.message(),
                        400,
                        false,
                        source(batch, r.index())));
            }
            for (BatchEntryResult.FailedContact f : result.getFailed()) {
                letters.add(new DeadLetter(
                        f.index(),
                        f.contact(),
                        f.error().getMessage(),
                        f.error().getHttpResponseCode(),
                        f.error().isOutcomeUnknown(),
                        source(batch, f.index())));
            }
            letters.sort(Comparator.comparingInt(DeadLetter::index));
        } else {
            // the batch failed as a whole before SFMC answered for any member: every contact is undelivered
            List<Object> contacts = failure.getUndeliveredContacts();
            for (int i = 0; i < contacts.size(); i++) {
                letters.add(new DeadLetter(
                        i,
                        contacts.get(i),
                        failure.getMessage(),
                        failure.getHttpResponseCode(),
                        failure.isOutcomeUnknown(),
                        source(batch, i)));
            }
        }
        return letters;
    }

    /** Prepares one split element for the dead-letter topic: the contact as body, the reason in headers. */
    public void toRecord(Exchange exchange) {
        DeadLetter letter = exchange.getMessage().getBody(DeadLetter.class);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setBody(letter.contact() == null ? null : String.valueOf(letter.contact()));
        message.setHeader(ERROR_HEADER, letter.error());
        message.setHeader(HTTP_STATUS_HEADER, letter.httpStatus());
        message.setHeader(OUTCOME_UNKNOWN_HEADER, letter.outcomeUnknown());
        message.setHeader(SOURCE_HEADER, letter.source());
    }

    private static String source(KafkaBatch batch, int index) {
        return batch.topic() + "-" + batch.partitionOf(index) + "@" + batch.offsetOf(index);
    }
}
