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
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS settings come from Camel's SSLContextParameters, and a proxy carries every call when configured.
 */
class TransportSecurityTest extends SfmcJourneyTestSupport {

    @Test
    void everyCallGoesThroughTheConfiguredProxy() {
        // the simulator plays the proxy: sfmc.invalid cannot be resolved, so only a proxied call can reach it
        String uri = "sfmc-journey:" + KEY + "?clientId=sim-client&clientSecret=RAW(sim-secret)"
                + "&authUrl=http://sfmc.invalid:9&proxyHost=127.0.0.1&proxyPort="
                + simulator().port();

        Exchange result = template.request(uri, e -> e.getMessage().setBody(Map.of("ContactKey", "P-1")));

        assertThat(result.getException()).isNull();
        assertThat(simulator().entered(KEY))
                .singleElement()
                .satisfies(e -> assertThat(e.contactKey()).isEqualTo("P-1"));
    }

    @Test
    void theEndpointsSslContextParametersShapeItsHttpClient() throws Exception {
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setSecureSocketProtocol("TLSv1.3");
        context.getRegistry().bind("sfmcTls", ssl);

        SfmcJourneyEndpoint endpoint =
                context.getEndpoint(journeyUri(KEY, "sslContextParameters=#sfmcTls"), SfmcJourneyEndpoint.class);

        assertThat(endpoint.transportSettings().ssl()).isSameAs(ssl);
    }

    @Test
    void theGlobalSslContextParametersAreUsedWhenTheComponentAsksForThem() throws Exception {
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setSecureSocketProtocol("TLSv1.2");
        context.setSSLContextParameters(ssl);
        context.getComponent("sfmc-journey", SfmcJourneyComponent.class).setUseGlobalSslContextParameters(true);

        SfmcJourneyEndpoint endpoint = context.getEndpoint(journeyUri(), SfmcJourneyEndpoint.class);

        assertThat(endpoint.transportSettings().ssl()).isSameAs(ssl);
    }

    @Test
    void theGlobalSslContextParametersAreNotUsedUnlessAskedFor() throws Exception {
        context.setSSLContextParameters(new SSLContextParameters());

        SfmcJourneyEndpoint endpoint = context.getEndpoint(journeyUri(), SfmcJourneyEndpoint.class);

        assertThat(endpoint.transportSettings().ssl()).isNull();
    }
}
