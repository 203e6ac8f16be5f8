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

/**
 * Whether a number fits a Decimal(length, scale) field: SFMC's Decimal holds {@code length} digits in all, {@code
 * scale} of them after the decimal point. Too many whole digits cannot be stored, so the row is refused; more fraction
 * digits than the scale are rounded by the database, which changes the value the journey sees.
 */
final class DecimalFit {

    private DecimalFit() {}

    /** @param value a value {@link ValueFormats} accepted as a Decimal */
    static ValueFormats.Judgement judge(Integer length, Integer scale, Object value) {
        if (length == null || length <= 0 || scale == null || scale < 0) {
            // without both, the field's shape is not known: nothing to judge
            return ValueFormats.Judgement.OK;
        }
        int fraction = scale;
        BigDecimal number = value instanceof BigDecimal decimal
                ? decimal
                : new BigDecimal(String.valueOf(value).trim());
        BigDecimal stripped = number.stripTrailingZeros();
        int wholeDigits = Math.max(stripped.precision() - stripped.scale(), 0);
        String shape = "Decimal(" + length + "," + fraction + ")";
        if (wholeDigits > length - fraction) {
            return ValueFormats.Judgement.refused("is a " + shape + " field, which holds at most "
                    + (length - fraction) + " digits before the decimal point, but got " + wholeDigits
                    + " (" + ellipsis(number.toPlainString()) + ")");
        }
        if (stripped.scale() > fraction) {
            return ValueFormats.Judgement.doubtful(
                    "is a " + shape + " field and got " + ellipsis(number.toPlainString())
                            + ", with " + stripped.scale() + " digits after the decimal point: SFMC keeps " + fraction
                            + " and rounds the rest");
        }
        return ValueFormats.Judgement.OK;
    }

    private static String ellipsis(String digits) {
        return digits.length() <= 40 ? digits : digits.substring(0, 40) + "…";
    }
}
