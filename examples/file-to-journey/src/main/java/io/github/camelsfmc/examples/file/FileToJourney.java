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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import io.github.camelsfmc.examples.support.SfmcTarget;
import io.github.camelsfmc.journey.SfmcJourneyConstants;

/**
 * Runs the {@code camel/file-to-journey.yaml} route with Camel Main until the input folder is drained (one-shot) or
 * until the process is stopped (watch mode), and returns what it did.
 */
public final class FileToJourney {

    static final String ROUTES = "classpath:camel/file-to-journey.yaml";
    static final String CONFIRM_MEMBERSHIP = "direct:confirm-membership";

    private FileToJourney() {}

    public static ImportSummary run(FileToJourneySettings settings, SfmcTarget target) throws Exception {
        Files.createDirectories(settings.inputDirectory());
        Files.createDirectories(settings.doneDirectory());
        Files.createDirectories(settings.failedDirectory());
        if (settings.copySample()) {
            copySamples(settings.sampleDirectory(), settings.inputDirectory());
        }
        Main main = new Main();
        try (ImportProgress progress = new ImportProgress(
                settings.doneDirectory(),
                settings.contactKeyColumn(),
                Duration.ofMillis(settings.verifyTimeoutMillis()),
                settings.oneShot() ? main::completed : () -> {},
                keys -> confirmedInJourney(main, keys))) {
            main.bind("importProgress", progress);
            main.configure().withRoutesIncludePattern(ROUTES);
            settings.camelProperties().forEach(main::addOverrideProperty);
            target.camelProperties().forEach(main::addOverrideProperty);
            main.run();
            return progress.summary();
        }
    }

    /** Sends the keys through the route that asks SFMC's contactMembership, and reads its count. */
    private static long confirmedInJourney(Main main, List<String> contactKeys) {
        try (ProducerTemplate template = main.getCamelContext().createProducerTemplate()) {
            Exchange answer =
                    template.request(CONFIRM_MEMBERSHIP, e -> e.getMessage().setBody(contactKeys));
            if (answer.getException() != null) {
                throw answer.getException() instanceof RuntimeException r
                        ? r
                        : new IllegalStateException(answer.getException());
            }
            return answer.getMessage().getHeader(SfmcJourneyConstants.CONFIRMED_IN_JOURNEY_COUNT, Long.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies each sample CSV in under a temporary name first, so the route never sees half a file. */
    private static void copySamples(Path samples, Path input) throws IOException {
        if (!Files.isDirectory(samples)) {
            return;
        }
        try (DirectoryStream<Path> csvs = Files.newDirectoryStream(samples, "*.csv")) {
            for (Path csv : csvs) {
                Path partial = input.resolve("." + csv.getFileName() + ".copying");
                Files.copy(csv, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, input.resolve(csv.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
