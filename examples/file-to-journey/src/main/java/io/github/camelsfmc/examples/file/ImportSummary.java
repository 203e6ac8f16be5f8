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

import java.time.Duration;
import java.util.Locale;

/**
 * What a run did, over all files, each count from its own source: {@code queued}, {@code rejected} and {@code failed}
 * from the batch entry answers; {@code processed} and {@code errored} from SFMC's status API, in SFMC's words
 * ({@code unverified} had no status within the wait); {@code confirmedInJourney} from SFMC's contactMembership API,
 * asked about every queued contact after the wait (-1 when it could not be asked: then nothing is claimed).
 * {@code failed} rows were not queued because their request failed; replaying them is safe.
 */
public record ImportSummary(
        int files,
        long rows,
        long queued,
        long processed,
        long errored,
        long unverified,
        long confirmedInJourney,
        long rejected,
        long failed,
        long batches,
        long retried,
        Duration elapsed) {

    public String toText() {
        return String.format(
                Locale.ROOT,
                "Summary: %d file%s, %d rows, %d queued, %d processed, %d errored in journey processing%s,"
                        + " %s, %d rejected, %d failed,"
                        + " %d batch request%s, %d retried, %.1f s",
                files,
                files == 1 ? "" : "s",
                rows,
                queued,
                processed,
                errored,
                unverified == 0 ? "" : ", " + unverified + " not verified",
                confirmedText(confirmedInJourney),
                rejected,
                failed,
                batches,
                batches == 1 ? "" : "s",
                retried,
                elapsed.toMillis() / 1000.0);
    }

    /** "N confirmed in the journey" from contactMembership, or that it could not be asked. */
    static String confirmedText(long confirmedInJourney) {
        return confirmedInJourney < 0
                ? "in the journey: unknown (contactMembership could not be asked)"
                : confirmedInJourney + " confirmed in the journey";
    }
}
