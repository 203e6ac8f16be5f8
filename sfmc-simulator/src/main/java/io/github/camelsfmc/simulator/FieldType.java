package io.github.camelsfmc.simulator;

/** Data extension field types, spelled as the customobjects fields API does. */
public enum FieldType implements JsonEnum.Named {
    TEXT("Text"),
    NUMBER("Number"),
    DECIMAL("Decimal"),
    DATE("Date"),
    BOOLEAN("Boolean"),
    EMAIL_ADDRESS("EmailAddress"),
    PHONE("Phone"),
    LOCALE("Locale");

    private final String json;

    FieldType(String json) {
        this.json = json;
    }

    @Override
    public String jsonValue() {
        return json;
    }

    public static FieldType fromJson(String value) {
        return JsonEnum.parse(FieldType.class, value);
    }
}
