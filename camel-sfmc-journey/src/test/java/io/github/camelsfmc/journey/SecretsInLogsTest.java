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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.SfmcSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neither the client secret nor any access token appears in the log (DEBUG for the component, INFO for Camel) or in
 * exception messages, whether the secret is wrong or SFMC answers 401 to an expired token.
 */
class SecretsInLogsTest {

    private static final String CLIENT_ID = "log-client";
    private static final String SECRET = "G00d-Secret-7731-xq";
    private static final String WRONG_SECRET = "Wr0ng-Secret-9152-zk";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final List<String> exceptionTexts = new ArrayList<>();
    private AbstractAppender appender;
    private SfmcSimulator sim;
    private CamelContext context;

    private Level componentLevel;
    private Level camelLevel;

    @BeforeEach
    void captureLogs() {
        componentLevel = LogManager.getLogger("io.github.camelsfmc").getLevel();
        camelLevel = LogManager.getLogger("org.apache.camel").getLevel();
        Configurator.setLevel("io.github.camelsfmc", Level.DEBUG);
        Configurator.setLevel("org.apache.camel", Level.INFO);
        appender = new AbstractAppender("secrets-capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringBuilder text = new StringBuilder(event.getLoggerName())
                        .append(' ')
                        .append(event.getMessage().getFormattedMessage());
                appendChain(text, event.getThrown());
                logged.add(text.toString());
            }
        };
        appender.start();
        LoggerContext logContext = (LoggerContext) LogManager.getContext(false);
        logContext.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        logContext.updateLoggers();
        sim = SfmcSimulator.withDefaults().client(CLIENT_ID, SECRET).port(0).start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        sim.close();
        LoggerContext logContext = (LoggerContext) LogManager.getContext(false);
        logContext.getConfiguration().getRootLogger().removeAppender(appender.getName());
        logContext.updateLoggers();
        appender.stop();
        // the next test logs as configured, not at this test's DEBUG
        Configurator.setLevel("io.github.camelsfmc", componentLevel);
        Configurator.setLevel("org.apache.camel", camelLevel);
    }

    @Test
    void aWrongSecretAndARejectedExpiredTokenLeaveNoSecretOrTokenInLogsOrExceptions() throws Exception {
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wrong-secret").routeId("wrong-secret").to(uri(WRONG_SECRET));
                from("direct:good-secret").routeId("good-secret").to(uri(SECRET));
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();

        Exchange refused =
                template.request("direct:wrong-secret", e -> e.getMessage().setBody(Map.of("ContactKey", "L-1")));
        record(refused);
        Exchange entered =
                template.request("direct:good-secret", e -> e.getMessage().setBody(Map.of("ContactKey", "L-2")));
        record(entered);
        sim.expireAllTokens();
        Exchange afterExpiry = template.request(
                "direct:good-secret",
                e -> e.getMessage().setBody(List.of(Map.of("ContactKey", "L-3"), Map.of("ContactKey", "L-4"))));
        record(afterExpiry);
        context.stop();

        assertThat(refused.getException()).hasMessageContaining("invalid_client");
        assertThat(afterExpiry.getException()).isNull();
        assertThat(sim.entryCount(SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY)).isEqualTo(3);
        assertThat(sim.stats().unauthorizedResponses()).isGreaterThanOrEqualTo(2);
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("invalid_client"));
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("SFMC answered 401"));

        List<String> secrets = new ArrayList<>(List.of(SECRET, WRONG_SECRET));
        assertThat(sim.issuedTokens()).hasSizeGreaterThanOrEqualTo(2);
        secrets.addAll(sim.issuedTokens());
        for (String secret : secrets) {
            assertThat(logged).noneSatisfy(line -> assertThat(line).contains(secret));
            assertThat(exceptionTexts).noneSatisfy(text -> assertThat(text).contains(secret));
        }
    }

    private String uri(String secret) {
        return "sfmc-journey:" + SfmcSimulator.DEFAULT_EVENT_DEFINITION_KEY + "?clientId=" + CLIENT_ID
                + "&clientSecret=RAW(" + secret + ")&authUrl=" + sim.baseUrl()
                + "&maximumRetries=1&retryInitialDelay=1";
    }

    private void record(Exchange exchange) {
        StringBuilder text = new StringBuilder();
        appendChain(text, exchange.getException());
        exchangeHeaders(exchange, text);
        exceptionTexts.add(text.toString());
    }

    private static void exchangeHeaders(Exchange exchange, StringBuilder text) {
        exchange.getMessage()
                .getHeaders()
                .forEach((name, value) ->
                        text.append(' ').append(name).append('=').append(value));
    }

    private static void appendChain(StringBuilder text, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(" | ").append(t);
            for (StackTraceElement element : t.getStackTrace()) {
                text.append(' ').append(element);
            }
            if (t instanceof SfmcJourneyException sfmc) {
                text.append(' ')
                        .append(sfmc.getUndeliveredContacts())
                        .append(' ')
                        .append(sfmc.getSfmcMessage());
            }
        }
    }
}
