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
package io.github.camelsfmc.journey.quarkus.deployment;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.journey.SfmcJourneyComponent;
import io.github.camelsfmc.journey.SfmcJourneyConfiguration;
import io.quarkus.test.QuarkusUnitTest;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.sfmc-journey.* keys in Quarkus configuration set the component's defaults, profiles included. */
class SfmcJourneyComponentConfigurationTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withEmptyApplication()
            .overrideConfigKey("camel.component.sfmc-journey.client-id", "shop-client")
            .overrideConfigKey("camel.component.sfmc-journey.subdomain", "mcproductiontenant")
            .overrideConfigKey("%test.camel.component.sfmc-journey.subdomain", "mctesttenant")
            .overrideConfigKey("camel.component.sfmc-journey.batch-size", "25");

    @Inject
    CamelContext camelContext;

    @Test
    void componentTakesItsOptionsFromQuarkusConfiguration() {
        SfmcJourneyConfiguration configuration = configuration();

        assertThat(configuration.getClientId()).isEqualTo("shop-client");
        assertThat(configuration.getBatchSize()).isEqualTo(25);
    }

    @Test
    void activeProfileValueWinsOverTheDefaultOne() {
        assertThat(configuration().getSubdomain()).isEqualTo("mctesttenant");
    }

    private SfmcJourneyConfiguration configuration() {
        return camelContext
                .getComponent("sfmc-journey", SfmcJourneyComponent.class)
                .getConfiguration();
    }
}
