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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.ServerText;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.mapping.InvalidContactException;
import io.github.camelsfmc.journey.internal.payload.BatchEntryResponse;
import io.github.camelsfmc.journey.internal.payload.BatchEntryResponse.MemberResult;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * Enters a list of contacts through {@code POST /interaction/v1/async/events}: contacts that cannot be mapped are
 * rejected on their own, the rest go in chunks of at most {@code batchSize} members, at most {@code concurrency}
 * chunks in flight. Every contact ends up queued, rejected or failed in the {@link BatchEntryResult}; the returned
 * future never completes exceptionally.
 */
public final class BatchEntrySender {

    private final EntryPipeline pipeline;

    private static final String ASYNC_EVENTS_PATH = SfmcApi.BATCH.path();
    static final String VALIDATION_ERROR = "VALIDATION";

    private final int batchSize;
    private final int concurrency;

    public BatchEntrySender(EntryPipeline pipeline, int batchSize, int concurrency) {
        this.pipeline = pipeline;
        this.batchSize = batchSize;
        this.concurrency = concurrency;
    }

    /**
     * What became of a batch: each contact's outcome, and the findings (at most a few, then a count) of the contacts
     * sent despite them in warn mode.
     */
    public record Outcome(BatchEntryResult result, List<String> warnings) {}

    public CompletableFuture<Outcome> send(String eventDefinitionKey, List<?> contacts) {
        BatchEntryTally result = new BatchEntryTally(contacts.size());
        BatchWarnings warnings = new BatchWarnings();
        List<List<Member>> chunks = chunk(prepare(eventDefinitionKey, contacts, result, warnings));
        CompletableFuture<BatchEntryResult> done = new CompletableFuture<>();
        if (chunks.isEmpty()) {
            done.complete(result.toResult());
        } else {
            ChunkRun run = new ChunkRun(eventDefinitionKey, chunks, result, done);
            for (int i = 0; i < Math.min(concurrency, chunks.size()); i++) {
                run.sendNext();
            }
        }
        return done.thenApply(batch -> new Outcome(batch, warnings.list()));
    }

    private List<Member> prepare(
            String eventDefinitionKey, List<?> contacts, BatchEntryTally result, BatchWarnings warnings) {
        List<Member> members = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            Object contact = contacts.get(i);
            String contactKey = null;
            try {
                EntryEvent event = pipeline.mapper().map(contact, null);
                contactKey = event.getContactKey();
                if (event.getEventDefinitionKey() != null
                        && !event.getEventDefinitionKey().equals(eventDefinitionKey)) {
                    throw new InvalidContactException(
                            "Contact '" + contactKey + "' names event definition key '" + event.getEventDefinitionKey()
                                    + "' but its batch goes to '" + eventDefinitionKey
                                    + "': one batch enters one journey, so split the list by key",
                            "eventDefinitionKey");
                }
                // throws for a contact that strict validation refuses; in warn mode it is sent with its findings
                warnings.add(pipeline.policy().check(event, eventDefinitionKey));
                members.add(
                        new Member(i, contact, contactKey, pipeline.serializer().member(event)));
            } catch (InvalidContactException e) {
                result.rejected(new BatchEntryResult.RejectedContact(
                        i,
                        contact,
                        contactKey,
                        VALIDATION_ERROR,
                        "Contact at index " + i + " of the list: " + e.getMessage()));
            }
        }
        return members;
    }

    private List<List<Member>> chunk(List<Member> members) {
        List<List<Member>> chunks = new ArrayList<>((members.size() + batchSize - 1) / batchSize);
        for (int from = 0; from < members.size(); from += batchSize) {
            chunks.add(members.subList(from, Math.min(from + batchSize, members.size())));
        }
        return chunks;
    }

    /** Never completes exceptionally: whatever happens to the request, each of its contacts gets an outcome. */
    private CompletableFuture<Void> sendChunk(String eventDefinitionKey, List<Member> chunk, BatchEntryTally result) {
        CompletableFuture<ApiResponse> call;
        try {
            List<byte[]> payloads = new ArrayList<>(chunk.size());
            chunk.forEach(member -> payloads.add(member.payload()));
            call = pipeline.api().post(ASYNC_EVENTS_PATH, pipeline.serializer().batch(eventDefinitionKey, payloads));
        } catch (RuntimeException e) {
            failAll(chunk, Undelivered.failure(e, contacts(chunk)), result);
            return CompletableFuture.completedFuture(null);
        }
        return call.handle((response, error) -> {
            try {
                result.retried(error != null ? SfmcCallFailure.retriesOf(error) : response.retries());
                if (error != null) {
                    failAll(chunk, Undelivered.afterCall(error, contacts(chunk)), result);
                } else if (!response.isSuccess()) {
                    SfmcCallFailure refusal = pipeline.errorTranslator().toFailure(response, eventDefinitionKey);
                    pipeline.policy().refused(refusal);
                    failAll(chunk, Undelivered.failure(refusal, contacts(chunk)), result);
                } else {
                    record(eventDefinitionKey, chunk, response, result);
                }
            } catch (RuntimeException e) {
                failAll(chunk, Undelivered.afterCall(e, contacts(chunk)), result);
            }
            return null;
        });
    }

    /**
     * Sends the chunks of one batch, at most {@code concurrency} at a time. A chunk that completes at once (a request
     * that could not even be sent) is followed in a loop, not by recursion, so thousands of chunks cannot overflow the
     * stack.
     */
    private final class ChunkRun {
        private final String eventDefinitionKey;
        private final List<List<Member>> chunks;
        private final BatchEntryTally result;
        private final CompletableFuture<BatchEntryResult> done;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger remaining;

        ChunkRun(
                String eventDefinitionKey,
                List<List<Member>> chunks,
                BatchEntryTally result,
                CompletableFuture<BatchEntryResult> done) {
            this.eventDefinitionKey = eventDefinitionKey;
            this.chunks = chunks;
            this.result = result;
            this.done = done;
            this.remaining = new AtomicInteger(chunks.size());
        }

        void sendNext() {
            while (true) {
                int index = next.getAndIncrement();
                if (index >= chunks.size()) {
                    return;
                }
                CompletableFuture<Void> sent = sendChunk(eventDefinitionKey, chunks.get(index), result);
                if (!sent.isDone()) {
                    sent.whenComplete((ignored, error) -> {
                        chunkDone();
                        sendNext();
                    });
                    return;
                }
                chunkDone();
            }
        }

        private void chunkDone() {
            if (remaining.decrementAndGet() == 0) {
                done.complete(result.toResult());
            }
        }
    }

    private void record(String eventDefinitionKey, List<Member> chunk, ApiResponse response, BatchEntryTally result) {
        BatchEntryResponse parsed = response.bodyAs(pipeline.objectMapper(), BatchEntryResponse.class);
        String mismatch = BatchEntryResponse.mismatch(parsed, contactKeys(chunk));
        if (mismatch != null) {
            failAll(
                    chunk,
                    SfmcJourneyException.outcomeUnknown(
                            "SFMC answered HTTP " + response.statusCode() + " to " + ASYNC_EVENTS_PATH
                                    + " for event definition key '" + eventDefinitionKey + "' "
                                    + ServerText.quote(mismatch, 2 * ServerText.MAX_QUOTED_CHARS, List.of())
                                    + ", so which contacts were queued is unknown."
                                    + " Check Journey Builder before replaying them.",
                            contacts(chunk),
                            null),
                    result);
            return;
        }
        result.requestId(parsed.requestId());
        for (int i = 0; i < chunk.size(); i++) {
            Member member = chunk.get(i);
            MemberResult outcome = parsed.members().get(i);
            if (outcome.isQueued()) {
                result.queued(new BatchEntryResult.QueuedContact(
                        member.index(),
                        member.contact(),
                        member.contactKey(),
                        outcome.eventInstanceId(),
                        parsed.requestId()));
                pipeline.policy().queued(eventDefinitionKey, member.contactKey());
            } else {
                String code = ServerText.quote(outcome.errorcode(), 40, List.of());
                String message = outcome.message() != null ? ServerText.quote(outcome.message()) : "not queued";
                result.rejected(new BatchEntryResult.RejectedContact(
                        member.index(),
                        member.contact(),
                        member.contactKey(),
                        code,
                        "SFMC did not queue contact '" + member.contactKey() + "'"
                                + (code != null ? " (errorcode " + code + ")" : "") + ": " + message));
            }
        }
    }

    private static List<String> contactKeys(List<Member> chunk) {
        List<String> keys = new ArrayList<>(chunk.size());
        chunk.forEach(member -> keys.add(member.contactKey()));
        return keys;
    }

    private static List<Object> contacts(List<Member> chunk) {
        List<Object> contacts = new ArrayList<>(chunk.size());
        chunk.forEach(member -> contacts.add(member.contact()));
        return contacts;
    }

    private static void failAll(List<Member> chunk, SfmcJourneyException error, BatchEntryTally result) {
        for (Member member : chunk) {
            result.failed(
                    new BatchEntryResult.FailedContact(member.index(), member.contact(), member.contactKey(), error));
        }
    }

    private record Member(int index, Object contact, String contactKey, byte[] payload) {}
}
