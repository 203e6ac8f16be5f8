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

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code proxyUsername} and {@code proxyPassword} answer a proxy that asks for credentials (HTTP 407 with a Basic
 * challenge), for the token call and the entry call alike. A 407 is never retried: the same credentials would be
 * refused again.
 */
class ProxyCredentialsTest extends SfmcJourneyTestSupport {

    private static final String PROXY_USER = "route-proxy-user";
    private static final String PROXY_PASSWORD = "Pr0xy-Pass-4417-qv";
    private static final String WRONG_PASSWORD = "Wr0ng-Pr0xy-8830-jd";

    /** Retries allowed and quick, so that a 407 retried by mistake would show in the counts at once. */
    private static final String RETRIES = "maximumRetries=3&retryInitialDelay=1&retryMaxDelay=10";

    private AuthenticatingProxy proxy;
    private String proxiedUri;

    @BeforeEach
    void startProxy() throws Exception {
        proxy = AuthenticatingProxy.start(PROXY_USER, PROXY_PASSWORD);
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    @Test
    void aContactEntersThroughAProxyThatAsksForCredentials() throws Exception {
        enterThroughTheProxyWith(PROXY_PASSWORD);

        Exchange result = template.request("direct:enter", e -> e.getMessage().setBody(Map.of("ContactKey", "X-1")));

        assertThat(result.getException()).isNull();
        assertThat(proxy.challenges()).as("the proxy asked for credentials").isPositive();
        assertThat(proxy.forwardedPaths()).containsExactly("/v2/token", "/interaction/v1/events");
        assertThat(simulator().entered(KEY)).map(Entry::contactKey).containsExactly("X-1");
    }

    @Test
    void aWrongProxyPasswordFailsNamingTheProxyAndTheContactAndIsNeverShown() throws Exception {
        enterThroughTheProxyWith(WRONG_PASSWORD);
        Map<String, Object> contact = Map.of("ContactKey", "X-2");

        try (LogCapture log =
                LogCapture.start(Map.of("io.github.camelsfmc", Level.DEBUG, "org.apache.camel", Level.INFO))) {
            Exchange result =
                    template.request("direct:enter", e -> e.getMessage().setBody(contact));

            SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage())
                    .contains("127.0.0.1:" + proxy.port())
                    .contains("proxyUsername")
                    .contains("proxyPassword");
            assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
            assertThat(proxy.forwardedPaths()).isEmpty();
            assertThat(simulator().entryCount(KEY)).isZero();
            assertTriedOnceWithoutRetry(proxiedUri);

            assertThat(causes(failure)).doesNotContain(WRONG_PASSWORD);
            assertThat(log.lines())
                    .isNotEmpty()
                    .noneSatisfy(line -> assertThat(line.text() + line.thrown()).contains(WRONG_PASSWORD));
        }
    }

    @Test
    void anEntryRefusedByTheProxyWithATokenAlreadyCachedFailsNamingTheProxyAndTheContact() throws Exception {
        // the token is shared per credentials: an endpoint without the proxy gets it first
        Exchange direct = template.request(
                journeyUri(KEY, "preflight=off&validation=off"),
                e -> e.getMessage().setBody(Map.of("ContactKey", "X-3")));
        assertThat(direct.getException()).isNull();
        enterThroughTheProxyWith(WRONG_PASSWORD);
        Map<String, Object> contact = Map.of("ContactKey", "X-4");

        Exchange result = template.request("direct:enter", e -> e.getMessage().setBody(contact));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getMessage())
                .contains("/interaction/v1/events")
                .contains("127.0.0.1:" + proxy.port())
                .contains("proxyPassword");
        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
        assertThat(proxy.forwardedPaths()).isEmpty();
        assertThat(simulator().entered(KEY)).map(Entry::contactKey).containsExactly("X-3");
        assertTriedOnceWithoutRetry(proxiedUri);
    }

    @Test
    void aProxyAskingForCredentialsTheEndpointWasNotGivenFailsSayingWhichOptionsToSet() {
        String uri = journeyUri(
                KEY, "preflight=off&validation=off&" + RETRIES + "&proxyHost=127.0.0.1&proxyPort=" + proxy.port());

        Exchange result = template.request(uri, e -> e.getMessage().setBody(Map.of("ContactKey", "X-5")));

        assertThat(result.getException(SfmcJourneyException.class))
                .hasMessageContaining("127.0.0.1:" + proxy.port())
                .hasMessageContaining("set proxyUsername and proxyPassword");
        assertTriedOnceWithoutRetry(uri);
    }

    @Test
    void anIntercepting407FromAProxyTheEndpointDoesNotKnowOfSaysToConfigureTheProxy() {
        // no proxy options: the proxy answers in place of the auth server, as an intercepting proxy does
        String uri = "sfmc-journey:" + KEY + "?clientId=sim-client&clientSecret=RAW(sim-secret)"
                + "&authUrl=http://127.0.0.1:" + proxy.port() + "&preflight=off&validation=off&" + RETRIES;

        Exchange result = template.request(uri, e -> e.getMessage().setBody(Map.of("ContactKey", "X-6")));

        assertThat(result.getException(SfmcJourneyException.class))
                .hasMessageContaining("HTTP 407")
                .hasMessageContaining("Set proxyHost and proxyPort");
        assertTriedOnceWithoutRetry(uri);
    }

    private void enterThroughTheProxyWith(String password) throws Exception {
        proxiedUri = journeyUri(
                KEY,
                "preflight=off&validation=off&" + RETRIES + "&proxyHost=127.0.0.1&proxyPort=" + proxy.port()
                        + "&proxyUsername=" + PROXY_USER + "&proxyPassword=RAW(" + password + ")");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:enter").to(proxiedUri);
            }
        });
    }

    /** The endpoint made one attempt at the entry call, which got no SFMC answer, and retried nothing. */
    private void assertTriedOnceWithoutRetry(String uri) {
        Map<String, Long> counts =
                context.getEndpoint(uri, SfmcJourneyEndpoint.class).getEntryMetrics();
        assertThat(counts)
                .as("attempts and retries of the entry call")
                .containsEntry("requests.events.none", 1L)
                .doesNotContainKey("retries.events");
    }

    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
