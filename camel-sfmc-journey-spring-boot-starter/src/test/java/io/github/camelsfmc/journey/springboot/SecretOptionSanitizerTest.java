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

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;

import static org.assertj.core.api.Assertions.assertThat;

class SecretOptionSanitizerTest {

    private final SecretOptionSanitizer sanitizer = new SecretOptionSanitizer();

    @Test
    void masksExactlyTheOptionsTheCatalogMarksSecret() {
        Set<String> secret = new TreeSet<>();
        ComponentCatalog.componentOptions().forEach((option, entry) -> {
            if (entry.path("secret").asBoolean()) {
                secret.add(option);
            }
        });

        assertThat(new TreeSet<>(SecretOptionSanitizer.SECRET_OPTIONS)).isEqualTo(secret);
    }

    @Test
    void masksASecretOptionInEitherSpelling() {
        assertThat(value("camel.component.sfmc-journey.client-secret")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(value("camel.component.sfmc-journey.clientSecret")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(value("camel.component.sfmc-journey.proxy-password")).isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @Test
    void leavesOtherPropertiesAlone() {
        assertThat(value("camel.component.sfmc-journey.batch-size")).isEqualTo("value");
        assertThat(value("other.client-secret")).isEqualTo("value");
    }

    private Object value(String key) {
        return sanitizer.apply(new SanitizableData(null, key, "value")).getValue();
    }
}
