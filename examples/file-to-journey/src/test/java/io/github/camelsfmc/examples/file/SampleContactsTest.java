package io.github.camelsfmc.examples.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleContactsTest {

    @Test
    void committedSampleIsWhatTheGeneratorWrites() throws Exception {
        assertThat(Files.readString(Path.of("data/contacts.csv"), StandardCharsets.UTF_8))
                .as("data/contacts.csv is regenerated with SampleContacts.main")
                .isEqualTo(SampleContacts.csv());
    }
}
