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
