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
package io.github.camelsfmc.journey.internal.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Judges one value against the type of a data extension field, in three grades: a form SFMC's data extensions are
 * documented (or recorded) to take is {@link Grade#ACCEPTED}; a value no form of the type can hold (letters in a
 * Number, an impossible calendar date, an EmailAddress without a local part or domain) is {@link Grade#REFUSED}; any
 * other form is {@link Grade#DOUBTFUL}: SFMC may take it (dates and booleans are parsed by the account's locale) and
 * the component cannot tell, so the contact is sent with a warning rather than refused.
 */
final class ValueFormats {

    enum Grade {
        ACCEPTED,
        DOUBTFUL,
        REFUSED
    }

    /** A grade and, unless accepted, why. */
    record Judgement(Grade grade, String reason) {

        static final Judgement OK = new Judgement(Grade.ACCEPTED, null);

        static Judgement refused(String reason) {
            return new Judgement(Grade.REFUSED, reason);
        }

        static Judgement doubtful(String reason) {
            return new Judgement(Grade.DOUBTFUL, reason);
        }
    }

    /** SFMC's Number is a 32-bit whole number. */
    private static final BigInteger NUMBER_MIN = BigInteger.valueOf(Integer.MIN_VALUE);

    private static final BigInteger NUMBER_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    /** SFMC's own limit on an EmailAddress field. */
    static final int EMAIL_ADDRESS_LENGTH = 254;

    private static final Pattern GROUPED_NUMBER = Pattern.compile("[+-]?\\d{1,3}([,.' ]\\d{3})+([.,]\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern LOCALE_DATE = Pattern.compile(
            "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?( ?[AaPp][Mm])?)?");
    private static final DateTimeFormatter SPACED_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss][.SSS]");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d ().\\-/]+");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z]{2})?");

    private ValueFormats() {}

    /** @param value a plain value (JSON already turned into Java values), never null */
    static Judgement judge(String type, Object value) {
        String text = String.valueOf(value).trim();
        return switch (type) {
            case "Number" -> number(value, text);
            case "Decimal" -> decimal(value, text);
            case "Boolean" -> bool(value, text);
            case "Date" -> date(value, text);
            case "EmailAddress" -> emailAddress(text);
            case "Phone" -> phone(text);
            case "Locale" -> locale(text);
            default -> Judgement.OK;
        };
    }

    private static Judgement number(Object value, String text) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Judgement.OK; // the common case, without the BigDecimal below
        }
        BigDecimal parsed = decimalOf(value, text);
        if (parsed == null) {
            return notANumber("Number", text);
        }
        BigInteger whole;
        try {
            whole = parsed.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            return Judgement.refused("is a Number field, which holds whole numbers, but got " + quote(text));
        }
        if (whole.compareTo(NUMBER_MIN) < 0 || whole.compareTo(NUMBER_MAX) > 0) {
            return Judgement.doubtful("is a Number field and got " + quote(text)
                    + ", outside -2147483648..2147483647, which SFMC's Number is reported to hold");
        }
        return Judgement.OK;
    }

    private static Judgement decimal(Object value, String text) {
        return decimalOf(value, text) != null ? Judgement.OK : notANumber("Decimal", text);
    }

    private static Judgement notANumber(String type, String text) {
        if (GROUPED_NUMBER.matcher(text).matches()
                || COMMA_DECIMAL.matcher(text).matches()) {
            return Judgement.doubtful("is a " + type + " field and got " + quote(text)
                    + ", a number written with separators SFMC may read by the account's locale or refuse;"
                    + " send plain digits with a '.' decimal point");
        }
        return Judgement.refused("is a " + type + " field but got " + quote(text));
    }

    private static BigDecimal decimalOf(Object value, String text) {
        if (value instanceof Boolean) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number && !(value instanceof Double || value instanceof Float)) {
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notDecimal) {
            return null;
        }
    }

    private static Judgement bool(Object value, String text) {
        if (value instanceof Boolean) {
            return Judgement.OK;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "true", "false", "1", "0":
                return Judgement.OK;
            case "yes", "no", "y", "n", "on", "off":
                return Judgement.doubtful("is a Boolean field and got " + quote(text)
                        + ", which SFMC's documentation does not list; send true or false");
            default:
                return Judgement.refused("is a Boolean field but got " + quote(text) + "; send true or false");
        }
    }

    private static Judgement date(Object value, String text) {
        if (value instanceof Temporal || value instanceof Date) {
            return Judgement.OK;
        }
        if (value instanceof Number) {
            return Judgement.doubtful("is a Date field and got the number " + quote(text)
                    + "; send an ISO-8601 date such as 2026-11-23 or a java.time value");
        }
        if (isPlainCalendarDate(text)
                || parses(text, LocalDate::parse)
                || parses(text, LocalDateTime::parse)
                || parses(text, OffsetDateTime::parse)
                || parses(text, t -> LocalDateTime.parse(t, SPACED_DATE_TIME))) {
            return Judgement.OK;
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            return Judgement.refused("is a Date field but got " + quote(text) + ", which is not a calendar date");
        }
        if (LOCALE_DATE.matcher(text).matches()) {
            return Judgement.doubtful("is a Date field and got " + quote(text)
                    + ", which SFMC reads by the account's locale (11/12 may be November or December);"
                    + " send an ISO-8601 date such as 2026-11-23");
        }
        return Judgement.refused("is a Date field but got " + quote(text)
                + "; send an ISO-8601 date such as 2026-11-23 or a java.time value");
    }

    private static Judgement emailAddress(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1 || text.chars().anyMatch(Character::isWhitespace)) {
            return Judgement.refused("is an EmailAddress field but got " + quote(text));
        }
        if (text.length() > EMAIL_ADDRESS_LENGTH) {
            return Judgement.refused("is an EmailAddress field, which holds at most " + EMAIL_ADDRESS_LENGTH
                    + " characters, but got " + text.length());
        }
        if (text.indexOf('.', at) < 0) {
            return Judgement.doubtful("is an EmailAddress field and got " + quote(text)
                    + ", whose domain has no dot; SFMC may refuse it");
        }
        return Judgement.OK;
    }

    private static Judgement phone(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return Judgement.refused("is a Phone field but got " + quote(text) + ", which has no digits");
        }
        if (!PHONE.matcher(text).matches()) {
            return Judgement.doubtful("is a Phone field and got " + quote(text)
                    + "; SFMC may refuse characters other than digits, a leading +, spaces, dashes and brackets");
        }
        return Judgement.OK;
    }

    private static Judgement locale(String text) {
        if (LOCALE.matcher(text).matches()) {
            return Judgement.OK;
        }
        return Judgement.doubtful(
                "is a Locale field and got " + quote(text) + "; SFMC locales are codes such as en-US");
    }

    /**
     * {@code uuuu-MM-dd} that is a real date, read without a DateTimeFormatter: most Date values look like this, and
     * the formatter's parse costs several times more. Anything else is left to the parsers.
     */
    private static boolean isPlainCalendarDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** The number the digits from {@code start} to {@code end} spell, or -1 if any is not a digit. */
    private static int digits(String text, int start, int end) {
        int number = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean parses(String text, Function<String, ?> parser) {
        try {
            parser.apply(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String quote(String text) {
        return EntrySchemaValidator.quote(text);
    }
}
