package io.github.camelsfmc.journey;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A Camel context per test against a {@link ScriptedSfmc}, for answers the simulator does not give on purpose.
 */
abstract class ScriptedSfmcTestSupport {

    ScriptedSfmc sfmc;
    CamelContext context;
    ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        sfmc = new ScriptedSfmc();
        context = new DefaultCamelContext();
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
        sfmc.close();
    }
}
