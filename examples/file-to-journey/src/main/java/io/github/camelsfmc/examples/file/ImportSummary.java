package io.github.camelsfmc.examples.file;

import java.time.Duration;
import java.util.Locale;

/** What a run did, over all files. {@code failed} rows were not queued because their request failed; replaying them is safe. */
public record ImportSummary(int files, long rows, long queued, long rejected, long failed, long batches, long retried,
                            Duration elapsed) {

    public String toText() {
        return String.format(Locale.ROOT,
                "Summary: %d file%s, %d rows, %d queued, %d rejected, %d failed, %d batch request%s, %d retried, %.1f s",
                files, files == 1 ? "" : "s", rows, queued, rejected, failed, batches, batches == 1 ? "" : "s", retried,
                elapsed.toMillis() / 1000.0);
    }
}
