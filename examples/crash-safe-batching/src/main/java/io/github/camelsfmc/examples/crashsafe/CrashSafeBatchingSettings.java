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
package io.github.camelsfmc.examples.crashsafe;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The example's command line.
 *
 * @param inbox                  the folder the contact files are read from ({@code --inbox})
 * @param database               the H2 file of the aggregation repository, without {@code .mv.db} ({@code --database})
 * @param batchTimeoutMillis     how long a batch waits for more contacts before it is sent ({@code --batch-timeout-ms})
 * @param recoveryIntervalMillis how often unconfirmed completed batches are sent again
 *                               ({@code --recovery-interval-ms})
 * @param simulatorUrl           an SFMC simulator running in another process, or null ({@code --simulator-url})
 * @param sampleContacts         sample contact files to write into the inbox at start ({@code --sample-contacts})
 */
public record CrashSafeBatchingSettings(
        Path inbox,
        Path database,
        long batchTimeoutMillis,
        long recoveryIntervalMillis,
        String simulatorUrl,
        int sampleContacts) {

    static final String USAGE = "Options: --inbox DIR --database FILE --batch-timeout-ms N --recovery-interval-ms N"
            + " --simulator-url URL --sample-contacts N";

    public static CrashSafeBatchingSettings defaults() {
        return new CrashSafeBatchingSettings(
                Path.of("target", "crash-safe", "inbox"),
                Path.of("target", "crash-safe", "aggregation"),
                5000,
                5000,
                null,
                0);
    }

    /** Each option is a name and a value; options not given keep their {@link #defaults()}. */
    public static CrashSafeBatchingSettings parse(String... args) {
        CrashSafeBatchingSettings s = defaults();
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String name = it.next();
            if (!it.hasNext()) {
                throw new IllegalArgumentException("Option " + name + " has no value. " + USAGE);
            }
            String value = it.next();
            s = switch (name) {
                case "--inbox" ->
                    new CrashSafeBatchingSettings(
                            Path.of(value),
                            s.database,
                            s.batchTimeoutMillis,
                            s.recoveryIntervalMillis,
                            s.simulatorUrl,
                            s.sampleContacts);
                case "--database" ->
                    new CrashSafeBatchingSettings(
                            s.inbox,
                            Path.of(value),
                            s.batchTimeoutMillis,
                            s.recoveryIntervalMillis,
                            s.simulatorUrl,
                            s.sampleContacts);
                case "--batch-timeout-ms" ->
                    new CrashSafeBatchingSettings(
                            s.inbox,
                            s.database,
                            positive(name, value),
                            s.recoveryIntervalMillis,
                            s.simulatorUrl,
                            s.sampleContacts);
                case "--recovery-interval-ms" ->
                    new CrashSafeBatchingSettings(
                            s.inbox,
                            s.database,
                            s.batchTimeoutMillis,
                            positive(name, value),
                            s.simulatorUrl,
                            s.sampleContacts);
                case "--simulator-url" ->
                    new CrashSafeBatchingSettings(
                            s.inbox,
                            s.database,
                            s.batchTimeoutMillis,
                            s.recoveryIntervalMillis,
                            value,
                            s.sampleContacts);
                case "--sample-contacts" ->
                    new CrashSafeBatchingSettings(
                            s.inbox, s.database, s.batchTimeoutMillis, s.recoveryIntervalMillis, s.simulatorUrl, (int)
                                    positive(name, value));
                default -> throw new IllegalArgumentException("Unknown option " + name + ". " + USAGE);
            };
        }
        return s;
    }

    private static long positive(String name, String value) {
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
    }
}
