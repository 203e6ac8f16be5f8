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
package io.github.camelsfmc.journey.springboot;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the component's secret options (those its catalog marks secret) in Actuator's {@code /env} and
 * {@code /configprops}, also when an application shows other values there ({@code show-values: always}).
 */
final class SecretOptionSanitizer implements SanitizingFunction {

    /** The options {@code sfmc-journey.json} marks {@code "secret": true}; a test keeps the two in step. */
    static final Set<String> SECRET_OPTIONS = Set.of("clientId", "clientSecret", "proxyUsername", "proxyPassword");

    private static final Set<String> SECRET_KEYS = SECRET_OPTIONS.stream()
            .map(option -> relaxed(SfmcJourneyComponentConfiguration.PREFIX + "." + option))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public SanitizableData apply(SanitizableData data) {
        return data.getKey() != null && SECRET_KEYS.contains(relaxed(data.getKey())) ? data.withSanitizedValue() : data;
    }

    /** {@code client-secret}, {@code clientSecret} and {@code CLIENT_SECRET} alike. */
    private static String relaxed(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
