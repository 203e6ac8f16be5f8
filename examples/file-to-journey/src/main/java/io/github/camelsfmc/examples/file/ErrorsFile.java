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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code <name>.errors.csv} next to a processed file: one line per row that did not reach the journey. */
final class ErrorsFile {

    static final String[] HEADER = {"row", "ContactKey", "outcome", "reason"};

    private ErrorsFile() {}

    /** {@code contacts.csv} gives {@code contacts.errors.csv}. */
    static Path beside(Path directory, String fileName) {
        String base = fileName.toLowerCase().endsWith(".csv") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return directory.resolve(base + ".errors.csv");
    }

    /** Writes the problems, or removes a stale errors file when there are none. */
    static void write(Path file, List<RowProblem> problems) throws IOException {
        if (problems.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv =
                        CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (RowProblem p : problems) {
                csv.printRecord(p.row(), p.contactKey(), p.outcome(), p.reason());
            }
        }
    }
}
