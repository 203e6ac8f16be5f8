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
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelsfmc.journey.SfmcJourneyConstants;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.SfmcJourneyException;

/**
 * The route reports to this bean: a file was read, a batch came back, a file was split, the input folder is empty. It
 * prints a line per batch and per file, writes each file's errors file, and, in one-shot mode, says when everything
 * that was picked up is finished.
 */
public class ImportProgress {

    private static final Logger OUT = LoggerFactory.getLogger("file-to-journey");

    private static final Pattern BATCH_POSITION = Pattern.compile("^Contact at index \\d+ of the list: ");

    private final Path doneDirectory;
    private final String contactKeyColumn;
    private final Runnable whenDrainedAndFinished;
    private final long startedAt = System.nanoTime();
    private final Map<String, FileImport> files = new ConcurrentHashMap<>();
    private final List<FileImport> order = new ArrayList<>();
    private volatile boolean drained;
    private volatile boolean completionSignalled;

    /**
     * @param doneDirectory          where processed files are moved, and their errors files written
     * @param contactKeyColumn       the CSV column holding the contact key
     * @param whenDrainedAndFinished called once, when the input folder was found empty and every file is finished
     */
    public ImportProgress(Path doneDirectory, String contactKeyColumn, Runnable whenDrainedAndFinished) {
        this.doneDirectory = doneDirectory;
        this.contactKeyColumn = contactKeyColumn;
        this.whenDrainedAndFinished = whenDrainedAndFinished;
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
        Path errors = ErrorsFile.beside(doneDirectory, file.fileName());
        List<RowProblem> problems = file.problemsByRow();
        try {
            ErrorsFile.write(errors, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + errors, e);
        }
        OUT.info(
                "{}: done, {} of {} rows queued{}",
                file.fileName(),
                file.queued(),
                file.rows(),
                problems.isEmpty() ? "" : "; " + problems.size() + " not queued, listed in " + errors);
        signalIfDone();
    }

    private synchronized void signalIfDone() {
        if (drained && !completionSignalled && files.values().stream().allMatch(FileImport::isFinished)) {
            completionSignalled = true;
            whenDrainedAndFinished.run();
        }
    }

    public ImportSummary summary() {
        List<FileImport> all;
        synchronized (order) {
            all = List.copyOf(order);
        }
        long rows = 0, queued = 0, rejected = 0, failed = 0, batches = 0, retried = 0;
        for (FileImport f : all) {
            rows += f.rows();
            queued += f.queued();
            rejected += f.count(RowProblem.REJECTED);
            failed += f.count(RowProblem.FAILED);
            batches += f.batches();
            retried += f.retries();
        }
        return new ImportSummary(
                all.size(),
                rows,
                queued,
                rejected,
                failed,
                batches,
                retried,
                Duration.ofNanos(System.nanoTime() - startedAt));
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
