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
package io.github.camelsfmc.journey.internal.http;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text a server sent, made fit to quote in an exception message or a log line: credentials it echoed are masked and it
 * is cut to a bound, with the number of characters left out. Every server text the component quotes goes through here.
 */
public final class ServerText {

    /** The most characters of one server text that a message quotes. */
    public static final int MAX_QUOTED_CHARS = 300;

    static final String MASK = "[masked]";

    private static final Pattern AUTHORIZATION_HEADER =
            Pattern.compile("(?i)((?:proxy-)?authorization\"?\\s*[:=]\\s*\"?)[^\"\\r\\n<]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern SECRET_FIELD = Pattern.compile(
            "(?i)(\"?(?:access_token|refresh_token|client_secret|password)\"?\\s*[:=]\\s*\"?)[^\"&\\s,}<]+");

    private ServerText() {}

    /** {@code text} masked and cut to {@link #MAX_QUOTED_CHARS}; null stays null. */
    public static String quote(String text) {
        return quote(text, MAX_QUOTED_CHARS, List.of());
    }

    /**
     * @param secrets values the component holds (a token, the client secret) that must not appear even without a
     *                label; null and short values are ignored
     */
    public static String quote(String text, int maxChars, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String masked = mask(text, secrets).replaceAll("\\s+", " ").strip();
        if (masked.length() <= maxChars) {
            return masked;
        }
        return masked.substring(0, maxChars) + "…(" + (masked.length() - maxChars) + " more characters)";
    }

    /** {@code text} with echoed credentials and the given secrets masked, not cut. */
    public static String mask(String text, Collection<String> secrets) {
        String masked = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 8) {
                masked = masked.replace(secret, MASK);
            }
        }
        masked = AUTHORIZATION_HEADER.matcher(masked).replaceAll("$1" + MASK);
        masked = BEARER.matcher(masked).replaceAll("$1" + MASK);
        return SECRET_FIELD.matcher(masked).replaceAll("$1" + MASK);
    }
}
