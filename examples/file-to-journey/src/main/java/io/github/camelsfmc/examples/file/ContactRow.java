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
package io.github.camelsfmc.examples.file;

import java.util.LinkedHashMap;

/**
 * One data row of a contacts CSV: column name to value, in column order, plus the row's number in its file (1 = the
 * first row after the header). The sfmc-journey component reads it as a Map, so the row number never reaches SFMC; it
 * comes back with the row in the batch result and names the row in the errors file.
 */
public final class ContactRow extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    private final long rowNumber;

    public ContactRow(long rowNumber) {
        this.rowNumber = rowNumber;
    }

    public long rowNumber() {
        return rowNumber;
    }
}
