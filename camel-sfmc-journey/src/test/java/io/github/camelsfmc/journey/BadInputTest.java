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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Input that cannot become an entry event fails the exchange before any HTTP call, with a message naming the problem
 * and the contact handed back.
 */
class BadInputTest extends SfmcJourneyTestSupport {

    @Test
    void aContactWithoutContactKeyIsRejectedNamingWhereTheKeyIsLookedFor() {
        Map<String, Object> body = Map.of("FirstName", "Ada");

        SfmcJourneyValidationException error = send(body);

        assertThat(error.getMessage())
                .contains("No ContactKey")
                .contains("CamelSfmcJourneyContactKey")
                .contains("'ContactKey' field")
                .contains("contactKeyField");
        assertThat(error.getField()).isEqualTo("ContactKey");
        assertThat(error.getUndeliveredContacts()).containsExactly(body);
        assertNothingSent();
    }

    @Test
    void anEmptyContactKeyIsRejected() {
        SfmcJourneyValidationException error = send(Map.of("ContactKey", "  "));

        assertThat(error.getMessage()).contains("ContactKey").contains("is empty");
        assertNothingSent();
    }

    @Test
    void aContactKeyThatIsNotAScalarIsRejected() {
        SfmcJourneyValidationException error = send(Map.of("ContactKey", List.of("a", "b")));

        assertThat(error.getMessage()).contains("must be a string or a number");
        assertNothingSent();
    }

    @Test
    void aDataValueJacksonCannotWriteIsRejectedNamingTheField() {
        Map<String, Object> body = new HashMap<>();
        body.put("ContactKey", "C-1");
        body.put("Photo", InputStream.nullInputStream());

        // validation off: with it on, 'Photo' is refused first as a field the data extension does not have
        SfmcJourneyValidationException error = send(journeyUri(KEY, "validation=off"), body);

        assertThat(error.getMessage())
                .contains("Contact 'C-1'")
                .contains("Data field 'Photo'")
                .contains("cannot be written as JSON");
        assertThat(error.getField()).isEqualTo("Photo");
        assertThat(error.getUndeliveredContacts()).containsExactly(body);
        assertNothingSent();
    }

    @Test
    void aStringBodyWithContentAfterTheObjectIsRejected() {
        SfmcJourneyValidationException error = send("{\"ContactKey\": \"C-1\"} {\"ContactKey\": \"C-2\"}");

        assertThat(error.getMessage()).contains("not valid JSON").contains("Trailing token");
        assertThat(error.getUndeliveredContacts())
                .containsExactly("{\"ContactKey\": \"C-1\"} {\"ContactKey\": \"C-2\"}");
        assertNothingSent();
    }

    @Test
    void aStringBodyWithAKeyGivenTwiceIsRejectedNamingTheKey() {
        SfmcJourneyValidationException error =
                send("{\"ContactKey\": \"C-1\", \"FirstName\": \"Ada\", \"FirstName\": \"Bob\"}");

        assertThat(error.getMessage()).contains("not valid JSON").contains("Duplicate field 'FirstName'");
        assertNothingSent();
    }

    @Test
    void anEmptyStringBodyIsRejected() {
        SfmcJourneyValidationException error = send("");

        assertThat(error.getMessage()).contains("The message body is an empty String");
        assertNothingSent();
    }

    @Test
    void aBlankStringBodyIsRejected() {
        SfmcJourneyValidationException error = send(" \n\t ");

        assertThat(error.getMessage()).contains("The message body is a blank String");
        assertNothingSent();
    }

    @Test
    void aStringBodyThatIsNotJsonIsRejectedWithThePosition() {
        SfmcJourneyValidationException error = send("{\"ContactKey\": \"C-1\", ");

        assertThat(error.getMessage()).contains("not valid JSON").contains("line 1");
        assertNothingSent();
    }

    @Test
    void aJsonScalarIsRejectedAsNotOneContact() {
        SfmcJourneyValidationException error = send("42");

        assertThat(error.getMessage()).contains("JSON number").contains("must be a JSON object");
        assertNothingSent();
    }

    @Test
    void aNullBodyIsRejected() {
        SfmcJourneyValidationException error = send(null);

        assertThat(error.getMessage()).contains("body is null");
        assertNothingSent();
    }

    @Test
    void anEventDefinitionKeyHeaderWithAPeriodIsRejected() {
        Exchange result = template.request(journeyUri(), e -> {
            e.getMessage().setBody(Map.of("ContactKey", "C-1"));
            e.getMessage().setHeader(SfmcJourneyConstants.EVENT_DEFINITION_KEY, "Welcome.Event");
        });

        assertThat(result.getException())
                .isInstanceOf(SfmcJourneyValidationException.class)
                .hasMessageContaining("'Welcome.Event'")
                .hasMessageContaining("contains a period");
        assertNothingSent();
    }

    @Test
    void anEndpointKeyWithAPeriodFailsWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint(journeyUri("Welcome.Event", null)))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause()
                .hasMessageContaining("'Welcome.Event'")
                .hasMessageContaining("contains a period");
    }

    @Test
    void anEndpointWithoutClientIdFailsWhenCreatedNamingTheOption() {
        assertThatThrownBy(() -> context.getEndpoint("sfmc-journey:" + KEY + "?clientSecret=x&subdomain=mcabc"))
                .rootCause()
                .hasMessageContaining("Option clientId is required");
    }

    @Test
    void aSubdomainGivenAsAHostNameIsRefusedWithTheFix() {
        assertThatThrownBy(() -> context.getEndpoint("sfmc-journey:" + KEY
                        + "?clientId=a&clientSecret=b&subdomain=mcabc.auth.marketingcloudapis.com"))
                .rootCause()
                .hasMessageContaining("subdomain=mcabc");
    }

    @Test
    void aBatchSizeAboveTheSfmcMaximumIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint(journeyUri(KEY, "batchSize=101")))
                .rootCause()
                .hasMessageContaining("batchSize=101")
                .hasMessageContaining("at most 100");
    }

    @Test
    void aNegativeRetryCountIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint(journeyUri(KEY, "maximumRetries=-1")))
                .rootCause()
                .hasMessageContaining("maximumRetries=-1 must be 0 or more");
    }

    @Test
    void aProxyHostWithoutPortIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint(journeyUri(KEY, "proxyHost=proxy.example")))
                .rootCause()
                .hasMessageContaining("Option proxyPort is required with proxyHost=proxy.example");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheByteOffset() {
        byte[] body = "{\"ContactKey\":\"C-1\",\"City\":\"K\u00f6ln\"}".getBytes(StandardCharsets.ISO_8859_1);

        SfmcJourneyValidationException error = send(body);

        assertThat(error.getMessage()).contains("not valid UTF-8").contains("byte 29 (0xF6)");
        assertThat(error.getUndeliveredContacts()).containsExactly(body);
        assertNothingSent();
    }

    @Test
    void aStreamThatIsNotUtf8IsRefusedToo() {
        byte[] bytes = "{\"ContactKey\":\"C-1\",\"City\":\"K\u00f6ln\"}".getBytes(StandardCharsets.ISO_8859_1);

        SfmcJourneyValidationException error = send(new ByteArrayInputStream(bytes));

        assertThat(error.getMessage()).contains("not valid UTF-8");
        assertNothingSent();
    }

    @Test
    void notANumberIsRefusedNamingTheField() {
        Map<String, Object> body = new HashMap<>(Map.of("ContactKey", "C-1"));
        body.put("Score", Double.NaN);

        SfmcJourneyValidationException error = send(journeyUri(KEY, "validation=off&preflight=off"), body);

        assertThat(error.getMessage()).contains("Data field 'Score' is NaN").contains("finite numbers");
        assertThat(error.getField()).isEqualTo("Score");
        assertNothingSent();
    }

    @Test
    void infinityIsRefused() {
        Map<String, Object> body = new HashMap<>(Map.of("ContactKey", "C-1"));
        body.put("Score", Double.POSITIVE_INFINITY);

        SfmcJourneyValidationException error = send(journeyUri(KEY, "validation=off&preflight=off"), body);

        assertThat(error.getMessage()).contains("Data field 'Score' is Infinity");
        assertNothingSent();
    }

    @Test
    void aDateBodyIsRefusedByItsJavaTypeWithTheTypesThatAreAccepted() {
        SfmcJourneyValidationException error = send(new java.util.Date());

        assertThat(error.getMessage())
                .contains("java.util.Date, not a contact")
                .contains("a Map, a POJO, a JSON object");
        assertNothingSent();
    }

    private SfmcJourneyValidationException send(Object body) {
        return send(journeyUri(), body);
    }

    private SfmcJourneyValidationException send(String uri, Object body) {
        Exchange result = template.request(uri, e -> e.getMessage().setBody(body));
        assertThat(result.getException()).isInstanceOf(SfmcJourneyValidationException.class);
        return (SfmcJourneyValidationException) result.getException();
    }

    private void assertNothingSent() {
        assertThat(simulator().stats().entryRequests()).isZero();
    }
}
