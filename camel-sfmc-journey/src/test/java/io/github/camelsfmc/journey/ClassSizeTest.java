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
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main class of the component stays small enough to read in one sitting: at most 300 lines per file, except the
 * option bean (one field, getter and setter per option) and the generated-style DSL builder.
 */
class ClassSizeTest {

    private static final int MAX_LINES = 300;
    private static final Path MAIN = Path.of("src/main/java/io/github/camelsfmc/journey");
    private static final Set<String> ONE_ENTRY_PER_OPTION =
            Set.of("SfmcJourneyConfiguration.java", "SfmcJourneyEndpointBuilderFactory.java");

    @Test
    void noMainSourceFileIsLongerThan300Lines() throws IOException {
        assertThat(MAIN.resolve("SfmcJourneyComponent.java"))
                .as("run from the module directory")
                .exists();
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
                if (lines > MAX_LINES
                        && !ONE_ENTRY_PER_OPTION.contains(file.getFileName().toString())) {
                    tooLong.add(file + ": " + lines + " lines");
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }
}
