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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The running tally of one contacts file. Batches come back from SFMC asynchronously, possibly after the file has been
 * split completely, so the file is finished when both have happened: every row was handed to the aggregator and every
 * row has an outcome. It is verified when SFMC's status API has also reported each queued row {@code processed} or
 * {@code errored} (or when the wait for that gave up). Processed is SFMC's word; it does not say the contact is in
 * the journey.
 */
final class FileImport {

    private final String fileName;
    private final long rows;
    private long queued;
    private long batches;
    private long retries;
    private final List<RowProblem> problems = new ArrayList<>();
    private boolean split;
    private boolean finished;
    private long processed;
    private long errored;
    private boolean verified;
    private final List<String> queuedContactKeys = new ArrayList<>();
    /** Contacts contactMembership found in the journey; -1 until asked, or when asking failed. */
    private long confirmedInJourney = -1;

    FileImport(String fileName, long rows) {
        this.fileName = fileName;
        this.rows = rows;
    }

    synchronized long recordBatch(long queuedInBatch, List<RowProblem> problemsInBatch, int retriesInBatch) {
        queued += queuedInBatch;
        retries += retriesInBatch;
        problems.addAll(problemsInBatch);
        return ++batches;
    }

    synchronized void queuedContact(String contactKey) {
        queuedContactKeys.add(contactKey);
    }

    synchronized List<String> queuedContactKeys() {
        return List.copyOf(queuedContactKeys);
    }

    synchronized void confirmedInJourney(long count) {
        confirmedInJourney = count;
    }

    /** How many queued contacts SFMC's contactMembership found in the journey, or -1 when not known. */
    synchronized long confirmedInJourney() {
        return confirmedInJourney;
    }

    synchronized void splitDone() {
        split = true;
    }

    /** True exactly once: when the file is split and every row has an outcome. */
    synchronized boolean finishIfComplete() {
        if (finished || !split || queued + problems.size() < rows) {
            return false;
        }
        finished = true;
        return true;
    }

    synchronized boolean isFinished() {
        return finished;
    }

    synchronized void processed() {
        processed++;
    }

    synchronized void errored(RowProblem problem) {
        errored++;
        problems.add(problem);
    }

    /** Queued rows whose journey outcome SFMC has not reported yet. */
    synchronized long unverified() {
        return queued - processed - errored;
    }

    /** True once, when the file is finished and every queued row's outcome is known, or {@code giveUp} is true. */
    synchronized boolean verifyIfComplete(boolean giveUp) {
        if (verified || !finished || (unverified() > 0 && !giveUp)) {
            return false;
        }
        verified = true;
        return true;
    }

    synchronized boolean isVerified() {
        return verified;
    }

    synchronized long processedCount() {
        return processed;
    }

    synchronized long erroredCount() {
        return errored;
    }

    String fileName() {
        return fileName;
    }

    long rows() {
        return rows;
    }

    synchronized long queued() {
        return queued;
    }

    synchronized long accounted() {
        return queued + problems.size();
    }

    synchronized long batches() {
        return batches;
    }

    /** SFMC calls of this file's batches that were repeated after a throttled or failed attempt. */
    synchronized long retries() {
        return retries;
    }

    synchronized long count(String outcome) {
        return problems.stream().filter(p -> p.outcome().equals(outcome)).count();
    }

    synchronized List<RowProblem> problemsByRow() {
        List<RowProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong(RowProblem::row));
        return sorted;
    }
}
