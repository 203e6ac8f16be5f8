package io.github.camelsfmc.journey.quarkus.deployment;

import io.github.camelsfmc.journey.SfmcJourneyComponent;
import io.github.camelsfmc.journey.SfmcJourneyConfiguration;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
        return camelContext.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
    }
}
