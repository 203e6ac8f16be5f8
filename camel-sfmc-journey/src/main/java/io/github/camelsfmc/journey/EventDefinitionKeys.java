package io.github.camelsfmc.journey;

/**
 * The rules SFMC gives for event definition keys.
 */
final class EventDefinitionKeys {

    private EventDefinitionKeys() {
    }

    /**
     * @param  source                         where the key came from, for the error message
     * @throws SfmcJourneyValidationException when the key is empty or contains a period
     */
    static String requireValid(String key, String source) {
        if (key == null || key.isBlank()) {
            throw new SfmcJourneyValidationException(
                    "No event definition key in " + source
                                                     + ": use sfmc-journey:<key> with the key of the journey's API entry source",
                    "eventDefinitionKey");
        }
        if (key.indexOf('.') >= 0) {
            throw new SfmcJourneyValidationException(
                    "The event definition key '" + key + "' from " + source
                                                     + " contains a period, which SFMC does not allow: copy the key from"
                                                     + " Journey Builder > Entry Sources exactly",
                    "eventDefinitionKey");
        }
        return key;
    }
}
