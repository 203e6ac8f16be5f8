package io.github.camelsfmc.journey;

import org.apache.camel.spi.Metadata;

/**
 * Message headers read and written by the sfmc-journey producer.
 */
public final class SfmcJourneyConstants {

    @Metadata(label = "producer", description = "Overrides the endpoint's event definition key for this message."
                                                + " Like the endpoint path, it must not contain a period.",
              javaType = "String")
    public static final String EVENT_DEFINITION_KEY = "CamelSfmcJourneyEventDefinitionKey";

    @Metadata(label = "producer", description = "The ContactKey of a single contact, taking precedence over the body."
                                                + " Ignored for a batch (List body), where each element carries its own key.",
              javaType = "String")
    public static final String CONTACT_KEY = "CamelSfmcJourneyContactKey";

    @Metadata(label = "producer", description = "Set after a single entry event: the eventInstanceId SFMC queued the"
                                                + " event under. Queued is not entered: SFMC evaluates journey state and"
                                                + " re-entry afterwards.",
              javaType = "String")
    public static final String EVENT_INSTANCE_ID = "CamelSfmcJourneyEventInstanceId";

    private SfmcJourneyConstants() {
    }
}
