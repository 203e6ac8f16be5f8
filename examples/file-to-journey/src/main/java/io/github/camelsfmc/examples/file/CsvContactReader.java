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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV of contacts whose header row names the Data fields. Quoted values may hold commas, quotes and line
 * breaks. Empty cells are left out of the contact (no value rather than an empty string, which a Number or Date field
 * would refuse), except the contact key column, which is always kept so that a missing key is reported as such.
 */
public class CsvContactReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private String contactKeyColumn = "ContactKey";

    public List<ContactRow> read(InputStream csv) throws IOException {
        try (CSVParser parser =
                FORMAT.parse(withoutByteOrderMark(new InputStreamReader(csv, StandardCharsets.UTF_8)))) {
            List<String> columns = parser.getHeaderNames();
            if (!columns.contains(contactKeyColumn)) {
                throw new InvalidContactFileException("The header row " + columns + " has no '" + contactKeyColumn
                        + "' column, so no contact has a key; the file is refused as a whole");
            }
            List<ContactRow> rows = new ArrayList<>();
            long rowNumber = 0;
            for (CSVRecord record : parser) {
                rows.add(toRow(++rowNumber, record.toMap()));
            }
            return rows;
        }
    }

    private ContactRow toRow(long rowNumber, Map<String, String> cells) {
        ContactRow row = new ContactRow(rowNumber);
        cells.forEach((column, value) -> {
            if (column.equals(contactKeyColumn)) {
                row.put(column, value == null ? "" : value);
            } else if (value != null && !value.isEmpty()) {
                row.put(column, value);
            }
        });
        return row;
    }

    /** Spreadsheet exports often start with a UTF-8 byte order mark, which would otherwise become part of the first column name. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    public String getContactKeyColumn() {
        return contactKeyColumn;
    }

    public void setContactKeyColumn(String contactKeyColumn) {
        this.contactKeyColumn = contactKeyColumn;
    }
}
