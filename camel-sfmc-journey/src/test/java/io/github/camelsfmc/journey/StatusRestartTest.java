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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelsfmc.journey.model.EntryStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A status consumer that keeps its window and the delivered statuses in files, set up as the component documentation
 * shows (beans and route in YAML; beans in a Camel Main properties file and a Java route): after a restart it goes on
 * where it stopped and delivers nothing twice.
 */
class StatusRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path stateDir;

    private final StatusApiFixture sfmc = new StatusApiFixture();

    StatusRestartTest() throws Exception {}

    @AfterEach
    void stop() {
        sfmc.close();
    }

    @Test
    void aRestartWithFileRepositoriesFromYamlDeliversOnlyWhatIsNew() throws Exception {
        restartDeliversOnlyWhatIsNew(
                main -> main.configure().withRoutesIncludePattern("classpath:routes/status-file-repositories.yaml"));
    }

    @Test
    void aRestartWithFileRepositoriesFromAPropertiesFileDeliversOnlyWhatIsNew() throws Exception {
        restartDeliversOnlyWhatIsNew(main -> {
            main.setDefaultPropertyPlaceholderLocation("classpath:status-file-repositories.properties");
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("sfmc-journey:Window-Event?clientId={{sfmc.clientId}}&clientSecret=RAW({{sfmc.clientSecret}})"
                                    + "&authUrl={{sfmc.authUrl}}&preflight=off&validation=off&statusType=errored"
                                    + "&settleTime=0&initialDelay=0&delay=20"
                                    + "&stateRepository=#windows&idempotentRepository=#deliveredStatuses")
                            .to("mock:statuses");
                }
            });
        });
    }

    private void restartDeliversOnlyWhatIsNew(Consumer<Main> setup) throws Exception {
        Instant now = sfmc.serverNow();
        sfmc.add(sfmc.errored("before-1", now.minusSeconds(120)));
        sfmc.add(sfmc.errored("before-2", now.minusSeconds(110)));
        assertThat(run(setup, 2)).containsExactlyInAnyOrder("before-1", "before-2");

        sfmc.add(sfmc.errored("after", sfmc.serverNow()));

        assertThat(run(setup, 1)).containsExactly("after");
    }

    /** Runs the application until it delivered {@code expected} statuses and a few more polls passed. */
    private List<String> run(Consumer<Main> setup, int expected) throws Exception {
        Main main = new Main();
        setup.accept(main);
        main.addInitialProperty("status.dir", stateDir.toString());
        main.addInitialProperty("sfmc.clientId", "fixture");
        main.addInitialProperty("sfmc.clientSecret", "fixture-secret");
        main.addInitialProperty("sfmc.authUrl", sfmc.authUrl());
        main.start();
        try {
            MockEndpoint statuses = main.getCamelContext().getEndpoint("mock:statuses", MockEndpoint.class);
            await().atMost(WAIT).until(() -> statuses.getReceivedCounter() >= expected);
            int seen = sfmc.requests().size();
            await().atMost(WAIT).until(() -> sfmc.requests().size() >= seen + 3);
            return statuses.getReceivedExchanges().stream()
                    .map(exchange ->
                            exchange.getMessage().getBody(EntryStatus.class).getEventInstanceId())
                    .toList();
        } finally {
            main.stop();
        }
    }
}
