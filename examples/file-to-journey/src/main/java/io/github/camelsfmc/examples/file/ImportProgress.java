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
package io.github.camelsfmc.examples.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.SfmcJourneyConstants;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.EntryStatus;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * The route reports to this bean: a file was read, a batch came back, a file was split, SFMC reported a queued
 * contact's journey outcome, the input folder is empty. It prints a line per batch and per file, writes each file's
 * errors file once the outcomes of its queued rows are known (or the wait for them timed out), and, in one-shot mode,
 * says when everything that was picked up is finished.
 */
public class ImportProgress implements AutoCloseable {

    private static final Logger OUT = LoggerFactory.getLogger("file-to-journey");

    private static final Pattern BATCH_POSITION = Pattern.compile("^Contact at index \\d+ of the list: ");

    private final Path doneDirectory;
    private final String contactKeyColumn;
    private final Runnable whenDrainedAndFinished;
    private final MembershipConfirmation membership;
    private final long startedAt = System.nanoTime();
    private final Map<String, FileImport> files = new ConcurrentHashMap<>();
    private final List<FileImport> order = new ArrayList<>();
    private final EntryOutcomes outcomes = new EntryOutcomes();
    private final Duration verifyTimeout;
    private final ScheduledExecutorService giveUpTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "file-to-journey-verify-timeout");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean drained;
    private volatile boolean completionSignalled;

    /**
     * @param doneDirectory          where processed files are moved, and their errors files written
     * @param contactKeyColumn       the CSV column holding the contact key
     * @param verifyTimeout          how long a finished file waits for SFMC to report its queued rows' outcomes
     * @param whenDrainedAndFinished called once, when the input folder was found empty and every file is verified
     * @param membership             asks SFMC which of a file's queued contacts are in the journey, after the wait
     */
    ImportProgress(
            Path doneDirectory,
            String contactKeyColumn,
            Duration verifyTimeout,
            Runnable whenDrainedAndFinished,
            MembershipConfirmation membership) {
        this.doneDirectory = doneDirectory;
        this.contactKeyColumn = contactKeyColumn;
        this.verifyTimeout = verifyTimeout;
        this.whenDrainedAndFinished = whenDrainedAndFinished;
        this.membership = membership;
    }

    public void fileStarted(@Header(Exchange.FILE_NAME) String fileName, List<?> rows) {
        drained = false;
        FileImport file = new FileImport(fileName, rows.size());
        files.put(fileName, file);
        synchronized (order) {
            order.add(file);
        }
        OUT.info("{}: {} rows", fileName, rows.size());
    }

    /** After the sfmc-journey step, or in its catch block: reads the batch result or the exception. */
    public void batchDone(Exchange exchange) {
        String fileName = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        FileImport file = files.get(fileName);
        List<?> batch = exchange.getMessage().getBody(List.class);
        BatchEntryResult result =
                exchange.getMessage().getHeader(SfmcJourneyConstants.BATCH_RESULT, BatchEntryResult.class);
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        long queued;
        List<RowProblem> problems = new ArrayList<>();
        if (result != null) {
            queued = result.getQueuedCount();
            result.getRejected()
                    .forEach(r -> problems.add(new RowProblem(
                            rowNumber(r.contact()),
                            r.contactKey(),
                            RowProblem.REJECTED,
                            withoutBatchPosition(r.message()))));
            result.getFailed()
                    .forEach(f -> problems.add(new RowProblem(
                            rowNumber(f.contact()),
                            f.contactKey(),
                            RowProblem.FAILED,
                            f.error().getMessage())));
        } else {
            // no per-member result: the whole batch failed before SFMC answered for its members
            queued = 0;
            List<?> undelivered = error instanceof SfmcJourneyException e
                            && !e.getUndeliveredContacts().isEmpty()
                    ? e.getUndeliveredContacts()
                    : batch;
            String reason = error != null ? error.getMessage() : "no result from the sfmc-journey step";
            for (Object contact : undelivered) {
                problems.add(new RowProblem(rowNumber(contact), contactKey(contact), RowProblem.FAILED, reason));
            }
        }
        int retries = exchange.getMessage().getHeader(SfmcJourneyConstants.RETRY_COUNT, 0, Integer.class);
        long number = file.recordBatch(queued, problems, retries);
        if (result != null) {
            for (BatchEntryResult.QueuedContact contact : result.getQueued()) {
                file.queuedContact(contact.contactKey());
                record(outcomes.queued(
                        contact.eventInstanceId(),
                        new EntryOutcomes.QueuedRow(file, rowNumber(contact.contact()), contact.contactKey())));
            }
        }
        OUT.info(
                "{}: batch {} of {} contacts: {} queued, {} rejected, {} failed ({}/{} rows done)",
                fileName,
                number,
                batch.size(),
                queued,
                problems.stream()
                        .filter(p -> p.outcome().equals(RowProblem.REJECTED))
                        .count(),
                problems.stream()
                        .filter(p -> p.outcome().equals(RowProblem.FAILED))
                        .count(),
                file.accounted(),
                file.rows());
        finishIfComplete(file);
    }

    /** From the sfmc-journey consumer: what SFMC reports for a queued contact (processed or errored). */
    public void statusReceived(EntryStatus status) {
        EntryOutcomes.Outcome outcome = outcomes.reported(status);
        if (outcome != null) {
            record(outcome);
            verifyIfComplete(outcome.row().file(), false);
        }
    }

    private static void record(EntryOutcomes.Outcome outcome) {
        if (outcome == null) {
            return;
        }
        EntryOutcomes.QueuedRow row = outcome.row();
        if (outcome.status().isProcessed()) {
            row.file().processed();
        } else {
            row.file()
                    .errored(new RowProblem(
                            row.row(),
                            row.contactKey(),
                            RowProblem.ERRORED,
                            outcome.status().getMessage()));
        }
    }

    public void fileSplit(@Header(Exchange.FILE_NAME) String fileName) {
        FileImport file = files.get(fileName);
        file.splitDone();
        finishIfComplete(file);
    }

    public void fileRefused(@Header(Exchange.FILE_NAME) String fileName, Exchange exchange) {
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        OUT.warn("{}: refused, moved to failed/: {}", fileName, error != null ? error.getMessage() : "unknown error");
    }

    /** The file consumer found the input folder empty. */
    public void inputDrained() {
        drained = true;
        signalIfDone();
    }

    private void finishIfComplete(FileImport file) {
        if (!file.finishIfComplete()) {
            return;
        }
        verifyIfComplete(file, false);
        if (!file.isVerified()) {
            OUT.info(
                    "{}: {} rows queued; waiting up to {} s for SFMC to report their journey outcomes",
                    file.fileName(),
                    file.queued(),
                    verifyTimeout.toSeconds());
            giveUpTimer.schedule(() -> verifyIfComplete(file, true), verifyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void verifyIfComplete(FileImport file, boolean giveUp) {
        if (!file.verifyIfComplete(giveUp)) {
            return;
        }
        Path errors = ErrorsFile.beside(doneDirectory, file.fileName());
        List<RowProblem> problems = file.problemsByRow();
        try {
            ErrorsFile.write(errors, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + errors, e);
        }
        confirmMembership(file);
        OUT.info(
                "{}: done, {} of {} rows queued, {} processed, {} errored in journey processing{}, {}{}",
                file.fileName(),
                file.queued(),
                file.rows(),
                file.processedCount(),
                file.erroredCount(),
                file.unverified() == 0 ? "" : ", " + file.unverified() + " not verified in time",
                ImportSummary.confirmedText(file.confirmedInJourney()),
                problems.isEmpty()
                        ? ""
                        : "; " + problems.size() + " rows were not queued or errored, listed in " + errors);
        signalIfDone();
    }

    /** Only SFMC's contactMembership makes a contact "in the journey"; when it cannot be asked, nothing is claimed. */
    private void confirmMembership(FileImport file) {
        List<String> keys = file.queuedContactKeys();
        if (keys.isEmpty()) {
            file.confirmedInJourney(0);
            return;
        }
        try {
            file.confirmedInJourney(membership.confirmedInJourney(keys));
        } catch (RuntimeException e) {
            OUT.warn("{}: could not ask SFMC which contacts are in the journey: {}", file.fileName(), e.getMessage());
        }
    }

    private synchronized void signalIfDone() {
        if (drained && !completionSignalled && files.values().stream().allMatch(FileImport::isVerified)) {
            completionSignalled = true;
            whenDrainedAndFinished.run();
        }
    }

    public ImportSummary summary() {
        List<FileImport> all;
        synchronized (order) {
            all = List.copyOf(order);
        }
        long rows = 0,
                queued = 0,
                processed = 0,
                errored = 0,
                unverified = 0,
                confirmed = 0,
                rejected = 0,
                failed = 0,
                batches = 0,
                retried = 0;
        for (FileImport f : all) {
            rows += f.rows();
            queued += f.queued();
            processed += f.processedCount();
            errored += f.erroredCount();
            unverified += f.unverified();
            // one file that could not be asked makes the total unknown
            confirmed = confirmed < 0 || f.confirmedInJourney() < 0 ? -1 : confirmed + f.confirmedInJourney();
            rejected += f.count(RowProblem.REJECTED);
            failed += f.count(RowProblem.FAILED);
            batches += f.batches();
            retried += f.retries();
        }
        return new ImportSummary(
                all.size(),
                rows,
                queued,
                processed,
                errored,
                unverified,
                confirmed,
                rejected,
                failed,
                batches,
                retried,
                Duration.ofNanos(System.nanoTime() - startedAt));
    }

    @Override
    public void close() {
        giveUpTimer.shutdownNow();
    }

    /** The row number already says which row; the position inside a batch ("Contact at index 36 of the list: ") would confuse. */
    private static String withoutBatchPosition(String message) {
        return message == null ? null : BATCH_POSITION.matcher(message).replaceFirst("");
    }

    private static long rowNumber(Object contact) {
        return contact instanceof ContactRow row ? row.rowNumber() : -1;
    }

    private String contactKey(Object contact) {
        return contact instanceof Map<?, ?> map && map.get(contactKeyColumn) != null
                ? String.valueOf(map.get(contactKeyColumn))
                : null;
    }
}
