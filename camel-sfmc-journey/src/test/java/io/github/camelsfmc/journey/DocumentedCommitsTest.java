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
package io.github.camelsfmc.journey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every commit the docs name as the source of a figure exists in the history: a figure that names a commit nobody can
 * check out is a claim nobody can check. Skipped only where there is no git history (a source archive).
 */
class DocumentedCommitsTest {

    /** A commit id in backticks; one of digits only counts when its line says it is a commit. */
    private static final Pattern COMMIT = Pattern.compile("`([0-9a-f]{7,40})`");

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyCommitNamedInTheDocsExists() throws Exception {
        assumeTrue(Files.exists(ROOT.resolve(".git")), "no git history here");
        List<String> missing = new ArrayList<>();
        for (Path doc : documents()) {
            List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher id = COMMIT.matcher(lines.get(i));
                while (id.find()) {
                    if (looksLikeACommit(id.group(1), lines.get(i)) && !exists(id.group(1))) {
                        missing.add(ROOT.relativize(doc) + ":" + (i + 1) + " " + id.group(1));
                    }
                }
            }
        }
        assertThat(missing)
                .as("commits named in the docs that are not in the history")
                .isEmpty();
    }

    private static boolean looksLikeACommit(String id, String line) {
        return id.chars().anyMatch(Character::isLetter)
                || line.toLowerCase(Locale.ROOT).contains("commit");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        for (String other : List.of("README.md", "benchmarks/README.md")) {
            if (Files.exists(ROOT.resolve(other))) {
                documents.add(ROOT.resolve(other));
            }
        }
        return documents;
    }

    private static boolean exists(String id) throws Exception {
        Process git = new ProcessBuilder("git", "cat-file", "-e", id + "^{commit}")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!git.waitFor(30, TimeUnit.SECONDS)) {
            git.destroyForcibly();
            throw new IllegalStateException("git cat-file did not answer within 30 s for " + id);
        }
        return git.exitValue() == 0;
    }
}
