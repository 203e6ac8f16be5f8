package io.github.camelsfmc.simulator;

import java.util.Locale;

/** Shared lookup for enums that have an SFMC JSON spelling ("Published") next to the Java one ("PUBLISHED"). */
final class JsonEnum {
    private JsonEnum() {
    }

    static String normalize(String s) {
        return s.replace("_", "").replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    interface Named {
        String jsonValue();
    }

    static <E extends Enum<E> & Named> E parse(Class<E> type, String value) {
        if (value == null) {
            throw new IllegalArgumentException("No " + type.getSimpleName() + " given");
        }
        String n = normalize(value);
        for (E e : type.getEnumConstants()) {
            if (normalize(e.jsonValue()).equals(n) || normalize(e.name()).equals(n)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + value);
    }
}
