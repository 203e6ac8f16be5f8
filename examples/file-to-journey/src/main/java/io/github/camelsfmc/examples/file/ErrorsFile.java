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

    static final String[] HEADER = { "row", "ContactKey", "outcome", "reason" };

    private ErrorsFile() {
    }

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
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (RowProblem p : problems) {
                csv.printRecord(p.row(), p.contactKey(), p.outcome(), p.reason());
            }
        }
    }
}
