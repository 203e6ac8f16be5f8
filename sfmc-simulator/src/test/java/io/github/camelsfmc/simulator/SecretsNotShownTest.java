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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** #15.9: the simulator never prints or logs a client secret. */
class SecretsNotShownTest {
    private static final String SECRET = "s3cr3t-Do-Not-Print-7f1c";

    @Test
    void bannerShowsClientsWithoutSecrets(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sim.yaml");
        Files.writeString(config, "clients:\n  - {clientId: acme, clientSecret: " + SECRET + ", mids: [100]}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SfmcSimulator sim = Main.start(
                new PrintStream(out, true, StandardCharsets.UTF_8), "--port", "0", "--config", config.toString())) {
            String banner = out.toString(StandardCharsets.UTF_8);
            assertThat(banner).contains("acme").doesNotContain(SECRET);
        }
    }

    @Test
    void bannerOfTheDefaultsDoesNotPrintTheDefaultSecretEither() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SfmcSimulator sim = Main.start(new PrintStream(out, true, StandardCharsets.UTF_8), "--port", "0")) {
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains(SfmcSimulator.DEFAULT_CLIENT_ID)
                    .doesNotContain(SfmcSimulator.DEFAULT_CLIENT_SECRET);
        }
    }

    @Test
    void configErrorsMaskTheSecret() {
        byte[] yaml = ("clients:\n  - {clientSecret: " + SECRET + "}\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SfmcSimulator.fromConfig(new ByteArrayInputStream(yaml), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientId")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void clientConfigToStringMasksTheSecret() {
        assertThat(new TokenStore.Client(SECRET, List.of(100)).toString()).doesNotContain(SECRET);
    }

    @Test
    void nothingLoggedCarriesTheSecret() {
        List<String> logged = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(formatter.format(r));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger("io.github.camelsfmc.simulator");
        Level level = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        try (SfmcSimulator sim =
                SfmcSimulator.builder().client("acme", SECRET).port(0).start()) {
            Http.tokenResponse(sim.baseUrl(), "acme", SECRET, null);
            Http.tokenResponse(sim.baseUrl(), "acme", SECRET + "-wrong", null);
            Http.tokenResponse(sim.baseUrl(), "other", SECRET, null);
            Http.send("POST", sim.baseUrl() + "/v2/token", "application/json", "{not json " + SECRET, null);
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }
        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(SECRET));
    }
}
