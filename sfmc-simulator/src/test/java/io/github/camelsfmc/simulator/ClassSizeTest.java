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
package io.github.camelsfmc.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every main class of the simulator stays small enough to read in one sitting: at most 300 lines per file. */
class ClassSizeTest {
    static final int MAX_LINES = 300;
    static final Path MAIN = Path.of("src/main/java");

    @Test
    void noMainSourceFileIsLongerThan300Lines() throws IOException {
        assertThat(MAIN.resolve("io/github/camelsfmc/simulator/SfmcSimulator.java"))
                .as("run from the module directory")
                .exists();

        assertThat(tooLong(MAIN)).isEmpty();
    }

    @Test
    void theCheckFindsAFileOverTheLimit(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("Big.java");
        Files.write(big, "//\n".repeat(MAX_LINES + 1).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("Small.java"), "//\n".repeat(MAX_LINES).getBytes(StandardCharsets.UTF_8));

        assertThat(tooLong(dir)).containsExactly(big + ": " + (MAX_LINES + 1) + " lines");
    }

    private static List<String> tooLong(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                long lines = Files.readAllLines(f, StandardCharsets.UTF_8).size();
                if (lines > MAX_LINES) {
                    out.add(f + ": " + lines + " lines");
                }
            }
        }
        return out;
    }
}
