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

import java.time.Duration;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every non-2xx answer becomes an SfmcJourneyException with SFMC's status, errorcode and message, an actionable
 * message, and the contact that was not delivered.
 */
class SfmcErrorTest extends SfmcJourneyTestSupport {

    @Test
    void anUnknownEventDefinitionKeyNamesTheKeyAndWhereToFindIt() {
        Map<String, Object> contact = Map.of("ContactKey", "C-1");

        SfmcJourneyException error = send(journeyUri("No-Such-Event", null), contact);

        assertThat(error.getHttpResponseCode()).isEqualTo(400);
        assertThat(error.getErrorCode()).isEqualTo(30000);
        assertThat(error.getMessage())
                .contains("'No-Such-Event'")
                .contains("Journey Builder")
                .contains("Entry Sources");
        assertThat(error.getUndeliveredContacts()).containsExactly(contact);
    }

    @Test
    void aThrottledCallCarriesRetryAfter() {
        simulator().faults().throttleRate(1.0).retryAfterSeconds(7);

        SfmcJourneyException error = send(journeyUri(KEY, "maximumRetries=0"), Map.of("ContactKey", "C-2"));

        assertThat(error.getHttpResponseCode()).isEqualTo(429);
        assertThat(error.getErrorCode()).isEqualTo(50100);
        assertThat(error.getRetryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(error.getMessage()).contains("throttling").contains("7 s");
        assertThat(simulator().entryCount(KEY)).isZero();
    }

    @Test
    void aServiceUnavailableAnswerIsReportedWithItsErrorcode() {
        simulator().faults().serverErrorRate(1.0);

        SfmcJourneyException error = send(journeyUri(KEY, "maximumRetries=0"), Map.of("ContactKey", "C-3"));

        assertThat(error.getHttpResponseCode()).isEqualTo(503);
        assertThat(error.getErrorCode()).isEqualTo(50300);
        assertThat(error.isOutcomeUnknown()).isFalse();
    }

    @Test
    void anUnreachableSfmcFailsWithTheUrlToCheck() {
        String uri = "sfmc-journey:" + KEY
                + "?clientId=a&clientSecret=b&authUrl=http://127.0.0.1:1&connectTimeout=2000&maximumRetries=0";

        SfmcJourneyException error = send(uri, Map.of("ContactKey", "C-4"));

        assertThat(error.getHttpResponseCode()).isZero();
        assertThat(error.getMessage()).contains("http://127.0.0.1:1/v2/token");
    }

    private SfmcJourneyException send(String uri, Map<String, Object> contact) {
        Exchange result = template.request(uri, e -> e.getMessage().setBody(contact));
        assertThat(result.getException()).isInstanceOf(SfmcJourneyException.class);
        return (SfmcJourneyException) result.getException();
    }
}
