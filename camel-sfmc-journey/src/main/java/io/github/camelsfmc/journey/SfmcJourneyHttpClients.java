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

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/** Builds the HTTP client of an endpoint that was not given one. */
final class SfmcJourneyHttpClients {

    private SfmcJourneyHttpClients() {}

    /** The JDK HttpClient built from connectTimeout, sslContextParameters and the proxy options. */
    static HttpClient newHttpClient(SfmcJourneyConfiguration configuration, CamelContext context) throws Exception {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(configuration.getConnectTimeout()))
                .followRedirects(HttpClient.Redirect.NEVER);
        SSLContextParameters ssl = configuration.getSslContextParameters();
        if (ssl == null && configuration.isUseGlobalSslContextParameters()) {
            ssl = context.getSSLContextParameters();
        }
        if (ssl != null) {
            builder.sslContext(ssl.createSSLContext(context));
        }
        String proxyHost = configuration.getProxyHost();
        if (!EndpointConfigurationValidator.isBlank(proxyHost)) {
            builder.proxy(
                    ProxySelector.of(InetSocketAddress.createUnresolved(proxyHost, configuration.getProxyPort())));
        }
        return builder.build();
    }
}
