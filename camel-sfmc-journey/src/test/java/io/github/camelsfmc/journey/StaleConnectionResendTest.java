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
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.simulator.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keep-alive connection the server closed while it sat in the pool is only found closed when the next request is
 * handed to it. HttpClient then fails that request, unwritten, with {@link RequestNotExecutedException}
 * (httpcore5's {@code RequestExecutionCommand.cancel()}). SFMC cannot have seen it, so it is sent again at once on
 * another connection, without counting as a retry, and is never reported as an unknown outcome.
 */
class StaleConnectionResendTest extends SfmcJourneyTestSupport {

    private static final String ENTRY_PATH = "/interaction/v1/events";

    private final ClosedPooledConnections closedConnections = new ClosedPooledConnections();

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("closedConnections", closedConnections);
                from("direct:enter")
                        .to(journeyUri(
                                KEY,
                                "preflight=off&validation=off&httpClientConfigurer=#closedConnections"
                                        + "&maximumRetries=1&retryInitialDelay=10"));
            }
        };
    }

    @Test
    void anEntryFoundOnAClosedPooledConnectionIsSentAgainAtOnceAndEntersTheContactOnce() {
        closedConnections.failFirstEntryAttempts(1);

        Exchange result = template.request("direct:enter", e -> e.getMessage().setBody(Map.of("ContactKey", "S-1")));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.RETRY_COUNT))
                .as("a resend on another connection, not a retry of the policy")
                .isEqualTo(0);
        assertThat(closedConnections.entryAttempts()).isEqualTo(2);
        assertThat(simulator().stats().entryRequests()).isEqualTo(1);
        assertThat(simulator().entered(KEY)).map(Entry::contactKey).containsExactly("S-1");
    }

    @Test
    void anEntryThatFindsEveryConnectionClosedFailsAsNotSentNamingTheContact() {
        closedConnections.failFirstEntryAttempts(Integer.MAX_VALUE);
        Map<String, Object> contact = Map.of("ContactKey", "S-2");

        Exchange result = template.request("direct:enter", e -> e.getMessage().setBody(contact));

        SfmcJourneyException failure = result.getException(SfmcJourneyException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).contains("Nothing was sent").doesNotContain("may or may not");
        assertThat(failure.getUndeliveredContacts()).containsExactly(contact);
        assertThat(closedConnections.entryAttempts())
                .as("per call: sent, then sent again at once twice; the call retried once by the policy")
                .isEqualTo(6);
        assertThat(result.getMessage().getHeader(SfmcJourneyConstants.RETRY_COUNT))
                .isEqualTo(1);
        assertThat(simulator().stats().entryRequests()).isZero();
        assertThat(simulator().entryCount(KEY)).isZero();
    }

    /**
     * Fails the first entry attempts the way HttpClient fails a request whose leased connection turned out to be
     * closed before anything was written; token requests pass.
     */
    private static final class ClosedPooledConnections implements SfmcJourneyHttpClientConfigurer {

        private final AtomicInteger entryAttempts = new AtomicInteger();
        private volatile int attemptsToFail;

        void failFirstEntryAttempts(int attempts) {
            attemptsToFail = attempts;
        }

        int entryAttempts() {
            return entryAttempts.get();
        }

        @Override
        public void configureHttpClient(HttpAsyncClientBuilder builder) {
            builder.addExecInterceptorFirst("closed-pooled-connection", (request, entity, scope, chain, callback) -> {
                if (request.getPath().equals(ENTRY_PATH) && entryAttempts.incrementAndGet() <= attemptsToFail) {
                    callback.failed(new RequestNotExecutedException());
                } else {
                    chain.proceed(request, entity, scope, callback);
                }
            });
        }
    }
}
