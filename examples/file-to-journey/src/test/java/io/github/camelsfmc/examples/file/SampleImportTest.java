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
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.simulator.Entry;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static io.github.camelsfmc.examples.file.FileToJourneyApplication.SAMPLE_EVENT_DEFINITION_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README run, once: the YAML route imports the committed data/contacts.csv (1,000 rows, four without a ContactKey,
 * six unknown to the journey, which admits known contacts only) into the simulator's sample journey and waits for the
 * journey outcomes of what it queued. Each test checks one thing a user would look at afterwards.
 */
class SampleImportTest {

    @TempDir
    static Path work;

    static SfmcSimulator simulator;
    static FileToJourneySettings settings;
    static ImportSummary summary;

    @BeforeAll
    static void importTheSample() throws Exception {
        simulator = SfmcSimulator.builder()
                .client(SfmcSimulator.DEFAULT_CLIENT_ID, SfmcSimulator.DEFAULT_CLIENT_SECRET)
                .journey(FileToJourneyApplication.sampleJourney())
                // journey processing decides after the batch answer, as in SFMC
                .processingDelay(Duration.ofMillis(500))
                .start();
        settings = new FileToJourneySettings(work, Path.of("data"), true, true, "ContactKey", 5000, 60000);
        summary = FileToJourney.run(settings, SfmcTarget.simulator(simulator, SAMPLE_EVENT_DEFINITION_KEY));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void everyRowWithAContactKnownToSfmcEntersTheJourneyOnce() {
        Set<String> expected = LongStream.rangeClosed(1, SampleContacts.ROWS)
                .filter(row -> !SampleContacts.ROWS_WITHOUT_CONTACT_KEY.contains(row))
                .filter(row -> !FileToJourneyApplication.SAMPLE_ROWS_UNKNOWN_TO_SFMC.contains(row))
                .mapToObj(row -> String.format("C%06d", row))
                .collect(Collectors.toSet());
        List<String> entered = simulator.entered(SAMPLE_EVENT_DEFINITION_KEY).stream()
                .map(Entry::contactKey)
                .toList();

        assertThat(entered).hasSize(990).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theSummaryShowsTheProcessedAndErroredCountsOfTheSimulatorsLedger() {
        assertThat(summary.processed())
                .isEqualTo(simulator.entryCount(SAMPLE_EVENT_DEFINITION_KEY))
                .isEqualTo(990);
        assertThat(summary.errored())
                .isEqualTo(simulator.dropCount(SAMPLE_EVENT_DEFINITION_KEY))
                .isEqualTo(6);
        assertThat(summary.unverified()).isZero();
        assertThat(summary.toText())
                .startsWith("Summary: 1 file, 1000 rows, 996 queued, 990 processed, 6 errored in journey processing,"
                        + " 990 confirmed in the journey, 4 rejected, 0 failed,"
                        + " 10 batch requests, 0 retried, ");
    }

    @Test
    void theContactsConfirmedInTheJourneyAreCountedFromContactMembershipAndEqualTheLedger() {
        assertThat(summary.confirmedInJourney())
                .isEqualTo(simulator.entryCount(SAMPLE_EVENT_DEFINITION_KEY))
                .isEqualTo(990);
        long membershipCalls = simulator.requestLog().stream()
                .filter(r -> r.path().toLowerCase(java.util.Locale.ROOT).contains("contactmembership"))
                .count();
        // the 996 queued contacts, 50 to a call
        assertThat(membershipCalls).isEqualTo(20);
    }

    @Test
    void csvColumnsBecomeTheEntryData() {
        Entry second = simulator.entered(SAMPLE_EVENT_DEFINITION_KEY).stream()
                .filter(e -> e.contactKey().equals("C000002"))
                .findFirst()
                .orElseThrow();

        assertThat(second.data())
                .containsEntry("FirstName", "Dmitri")
                .containsEntry("LastName", "Haddad")
                .containsEntry("Email", "contact2@example.com")
                .containsEntry("City", "Portland, OR")
                .containsEntry("Age", "26");
    }

    @Test
    void aThousandRowsTakeAtMostTenEntryRequests() {
        assertThat(simulator.stats().entryRequests()).isLessThanOrEqualTo(10);
        assertThat(simulator.stats().singleEventRequests()).isZero();
    }

    @Test
    void theProcessedFileIsMovedToDone() {
        assertThat(settings.doneDirectory().resolve("contacts.csv")).exists();
        assertThat(settings.inputDirectory()).isEmptyDirectory();
    }

    @Test
    void theErrorsFileListsTheRowsWithoutAContactKeyAsRejectedAndTheUnknownContactsAsErroredWithSfmcsReason()
            throws Exception {
        Path errors = settings.doneDirectory().resolve("contacts.errors.csv");

        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(errors))
                .getRecords();

        assertThat(rows)
                .filteredOn(r -> r.get("outcome").equals("rejected"))
                .extracting(r -> Long.parseLong(r.get("row")))
                .containsExactly(SampleContacts.ROWS_WITHOUT_CONTACT_KEY.stream()
                        .sorted()
                        .toArray(Long[]::new));
        assertThat(rows)
                .filteredOn(r -> r.get("outcome").equals("rejected"))
                .allSatisfy(r ->
                        assertThat(r.get("reason")).startsWith("The ContactKey").contains("empty"));
        assertThat(rows)
                .filteredOn(r -> r.get("outcome").equals("errored"))
                .extracting(r -> Long.parseLong(r.get("row")))
                .containsExactly(FileToJourneyApplication.SAMPLE_ROWS_UNKNOWN_TO_SFMC.stream()
                        .sorted()
                        .toArray(Long[]::new));
        assertThat(rows).filteredOn(r -> r.get("outcome").equals("errored")).allSatisfy(r -> {
            assertThat(r.get("ContactKey")).isEqualTo(String.format("C%06d", Long.parseLong(r.get("row"))));
            assertThat(r.get("reason")).contains("UNKNOWN_CONTACT").contains("not a known contact");
        });
        assertThat(rows).hasSize(10);
    }

    @Test
    void theSummaryCountsEveryRow() {
        assertThat(summary.files()).isEqualTo(1);
        assertThat(summary.rows()).isEqualTo(1000);
        assertThat(summary.queued()).isEqualTo(996);
        assertThat(summary.rejected()).isEqualTo(4);
        assertThat(summary.failed()).isZero();
        assertThat(summary.batches()).isEqualTo(10);
    }
}
