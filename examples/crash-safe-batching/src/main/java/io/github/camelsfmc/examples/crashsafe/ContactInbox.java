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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes contacts into the inbox the way a producer of such files should: one JSON object per file, atomically. */
public final class ContactInbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    public ContactInbox(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    /**
     * Writes {@code <contactKey>.json}. The file is written under another name and renamed, so the route never reads
     * half a file.
     */
    public void write(String contactKey, String firstName) throws IOException {
        String json = JSON.writeValueAsString(Map.of("ContactKey", contactKey, "FirstName", firstName));
        Path partial = folder.resolve(contactKey + ".json.part");
        Files.writeString(partial, json, StandardCharsets.UTF_8);
        Files.move(partial, folder.resolve(contactKey + ".json"), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Contact files the route has not consumed yet. */
    public long waiting() throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .count();
        }
    }

    /** Contact files the route has consumed: their contact is in a batch in the repository, or already sent. */
    public long done() throws IOException {
        Path done = folder.resolve(".done");
        if (!Files.isDirectory(done)) {
            return 0;
        }
        try (var files = Files.list(done)) {
            return files.count();
        }
    }
}
