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
package io.github.camelsfmc.benchmarks;

/**
 * Mean round trip of one single-entry POST, sequentially, with no Camel involved: Apache HttpClient 5 async (the
 * component's transport) against Apache HttpClient 5 classic, which camel-http uses.
 */
public record HttpClientProbeResult(int requestsPerClient, double asyncMillis, double classicMillis) {

    public double differenceMillis() {
        return asyncMillis - classicMillis;
    }
}
