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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The example's own settings ({@code app.*}): defaults in {@code application.properties}, overridden by system
 * properties ({@code -Dapp.oneshot=false}). Relative folders resolve against {@code app.base-dir}, which the Maven
 * run command sets to the module folder.
 */
public record FileToJourneySettings(
        Path workDirectory,
        Path sampleDirectory,
        boolean copySample,
        boolean oneShot,
        String contactKeyColumn,
        long batchTimeoutMillis,
        long verifyTimeoutMillis) {

    public Path inputDirectory() {
        return workDirectory.resolve("input");
    }

    public Path doneDirectory() {
        return workDirectory.resolve("done");
    }

    public Path failedDirectory() {
        return workDirectory.resolve("failed");
    }

    public static FileToJourneySettings load() {
        Properties p = new Properties();
        try (InputStream in = FileToJourneySettings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.putAll(System.getProperties());
        Path base = Path.of(p.getProperty("app.base-dir", "."));
        return new FileToJourneySettings(
                base.resolve(p.getProperty("app.work-dir", "work")).normalize(),
                base.resolve(p.getProperty("app.sample-dir", "data")).normalize(),
                Boolean.parseBoolean(p.getProperty("app.copy-sample", "true")),
                Boolean.parseBoolean(p.getProperty("app.oneshot", "true")),
                p.getProperty("app.contact-key-column", "ContactKey"),
                Long.parseLong(p.getProperty("app.batch-timeout-ms", "5000")),
                Long.parseLong(p.getProperty("app.verify-timeout-ms", "120000")));
    }

    /** The placeholders the YAML route reads. */
    public Map<String, String> camelProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("app.input-dir", inputDirectory().toAbsolutePath().toString());
        m.put("app.done-dir", doneDirectory().toAbsolutePath().toString());
        m.put("app.failed-dir", failedDirectory().toAbsolutePath().toString());
        m.put("app.oneshot", String.valueOf(oneShot));
        m.put("app.contact-key-column", contactKeyColumn);
        m.put("app.batch-timeout-ms", String.valueOf(batchTimeoutMillis));
        return m;
    }
}
