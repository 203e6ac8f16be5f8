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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.SfmcSimulator;
import io.github.camelsfmc.simulator.junit.SfmcSimulatorExtension;

import static io.github.camelsfmc.examples.file.FileToJourneyApplication.SAMPLE_EVENT_DEFINITION_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** Files and requests that go wrong, each in its own one-shot run of the YAML route. */
class FailedImportTest {

    @RegisterExtension
    static SfmcSimulatorExtension sim = SfmcSimulatorExtension.of(SfmcSimulator.builder()
            .client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET)
            .journey(FileToJourneyApplication.journeyWithSampleFields()));

    @TempDir
    Path work;

    @Test
    void rowsOfARequestSfmcFailsAreListedAsFailedAndNotEntered() throws Exception {
        sim.simulator().faults().serverErrorRate(1.0);
        drop("three.csv", "ContactKey,FirstName\nK1,Ann\nK2,Bob\nK3,Cy\n");

        ImportSummary summary = runOnce();

        List<CSVRecord> errors = errorsOf("three.csv");
        assertThat(errors)
                .extracting(r -> r.get("row"), r -> r.get("ContactKey"), r -> r.get("outcome"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "K1", "failed"),
                        org.assertj.core.groups.Tuple.tuple("2", "K2", "failed"),
                        org.assertj.core.groups.Tuple.tuple("3", "K3", "failed"));
        assertThat(summary.failed()).isEqualTo(3);
        assertThat(summary.retried())
                .as("the request was tried again before the rows were given up")
                .isEqualTo(3);
        assertThat(sim.simulator().entryCount(SAMPLE_EVENT_DEFINITION_KEY)).isZero();
        assertThat(done("three.csv")).exists();
    }

    @Test
    void aFileWithoutTheContactKeyColumnIsMovedToFailedUnsent() throws Exception {
        drop("nokey.csv", "Email,FirstName\nann@example.com,Ann\n");

        runOnce();

        assertThat(work.resolve("failed/nokey.csv")).exists();
        assertThat(done("nokey.csv")).doesNotExist();
        assertThat(sim.simulator().stats().entryRequests()).isZero();
    }

    @Test
    void aFileOfGoodRowsLeavesNoErrorsFile() throws Exception {
        drop("good.csv", "ContactKey,FirstName,City\nG1,Ann,\"Lyon, FR\"\nG2,Bob,Oslo\n");

        runOnce();

        assertThat(sim.simulator().entryCount(SAMPLE_EVENT_DEFINITION_KEY)).isEqualTo(2);
        assertThat(done("good.csv")).exists();
        assertThat(done("good.errors.csv")).doesNotExist();
    }

    @Test
    void eachFileIsBatchedOnItsOwn() throws Exception {
        drop("a.csv", "ContactKey\nA1\nA2\n");
        drop("b.csv", "ContactKey\nB1\n");

        ImportSummary summary = runOnce();

        assertThat(summary.files()).isEqualTo(2);
        assertThat(summary.batches()).isEqualTo(2);
        assertThat(sim.simulator().stats().batchEventRequests()).isEqualTo(2);
        assertThat(sim.simulator().entryCount(SAMPLE_EVENT_DEFINITION_KEY)).isEqualTo(3);
    }

    private ImportSummary runOnce() throws Exception {
        FileToJourneySettings settings =
                new FileToJourneySettings(work, work.resolve("no-samples"), false, true, "ContactKey", 5000, 20000);
        return FileToJourney.run(settings, SfmcTarget.simulator(sim.simulator(), SAMPLE_EVENT_DEFINITION_KEY));
    }

    private void drop(String name, String csv) throws Exception {
        Files.createDirectories(work.resolve("input"));
        Files.writeString(work.resolve("input").resolve(name), csv);
    }

    private Path done(String name) {
        return work.resolve("done").resolve(name);
    }

    private List<CSVRecord> errorsOf(String name) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(ErrorsFile.beside(work.resolve("done"), name)))
                .getRecords();
    }
}
