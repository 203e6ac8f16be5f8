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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.apache.camel.main.Main;

import io.github.camelsfmc.examples.support.SfmcTarget;

/**
 * Runs the {@code camel/file-to-journey.yaml} route with Camel Main until the input folder is drained (one-shot) or
 * until the process is stopped (watch mode), and returns what it did.
 */
public final class FileToJourney {

    static final String ROUTES = "classpath:camel/file-to-journey.yaml";

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
                settings.oneShot() ? main::completed : () -> {})) {
            main.bind("importProgress", progress);
            main.configure().withRoutesIncludePattern(ROUTES);
            settings.camelProperties().forEach(main::addOverrideProperty);
            target.camelProperties().forEach(main::addOverrideProperty);
            main.run();
            return progress.summary();
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
