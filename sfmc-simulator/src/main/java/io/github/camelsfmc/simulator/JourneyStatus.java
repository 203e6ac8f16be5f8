package io.github.camelsfmc.simulator;

/** Journey status as the interactions API spells it. Only {@link #PUBLISHED} admits contacts. */
public enum JourneyStatus implements JsonEnum.Named {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    PAUSED("Paused"),
    STOPPED("Stopped");

    private final String json;

    JourneyStatus(String json) {
        this.json = json;
    }

    @Override
    public String jsonValue() {
        return json;
    }

    /** Accepts the JSON spelling ("Paused") or the Java name ("PAUSED"), case-insensitively. */
    public static JourneyStatus fromJson(String value) {
        return JsonEnum.parse(JourneyStatus.class, value);
    }
}
