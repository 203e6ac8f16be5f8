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

import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;

/**
 * Customises the Apache HttpClient 5 async client an sfmc-journey endpoint builds, as camel-http's
 * {@code HttpClientConfigurer} does for the classic client. Both methods run after the component has applied its
 * options (timeouts, pool limits, proxy, TLS), so what they set wins. Do not re-enable automatic retries: the component
 * decides which requests may be sent twice.
 */
public interface SfmcJourneyHttpClientConfigurer {

    /** Called with the builder of the connection pool (TLS strategy, pool limits, connection config). */
    default void configureConnectionManager(PoolingAsyncClientConnectionManagerBuilder builder) {}

    /** Called with the client builder (interceptors, proxy, credentials, I/O reactor config). */
    default void configureHttpClient(HttpAsyncClientBuilder builder) {}
}
