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
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates {@code data/contacts.csv}: 1,000 made-up contacts, the same every time, including quoted values with commas
 * and quotes, empty optional cells, and {@link #ROWS_WITHOUT_CONTACT_KEY} whose ContactKey is empty or blank.
 * Regenerate with {@code SampleContacts.main} after changing it; {@code SampleContactsTest} keeps file and code in step.
 */
public final class SampleContacts {

    public static final int ROWS = 1000;
    public static final Set<Long> ROWS_WITHOUT_CONTACT_KEY = Set.of(137L, 402L, 731L, 999L);

    private static final String[] FIRST = {
        "Ada", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Grace", "Hiro", "Inès", "João", "Kofi", "Lena", "Mateo",
        "Nadia", "Oskar", "Priya", "Quinn", "Rosa", "Sven", "Tamar"
    };
    private static final String[] LAST = {
        "Okafor",
        "Smith",
        "O'Neil",
        "Nguyen",
        "García",
        "Müller",
        "Kowalski",
        "Tanaka",
        "Haddad",
        "Johansson",
        "\"Ace\" Baker",
        "Rossi",
        "Ivanova",
        "Silva",
        "Dubois"
    };
    private static final String[] CITY = {
        "Lisbon", "Portland, OR", "Lagos", "Kraków", "Osaka", "Austin, TX", "Lyon", "Nairobi", "Montréal, QC", ""
    };

    private SampleContacts() {}

    public static String csv() throws IOException {
        Random random = new Random(20240601L);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator('\n')
                .setHeader("ContactKey", "FirstName", "LastName", "Email", "City", "Age")
                .get()
                .print(out)) {
            for (long row = 1; row <= ROWS; row++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String city = CITY[random.nextInt(CITY.length)];
                int age = 18 + random.nextInt(60);
                String key = ROWS_WITHOUT_CONTACT_KEY.contains(row)
                        ? (row % 2 == 0 ? "" : "   ")
                        : String.format("C%06d", row);
                String email = "contact" + row + "@example.com";
                csv.printRecord(key, first, last, email, city, row % 50 == 0 ? "" : String.valueOf(age));
            }
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "data/contacts.csv");
        Files.writeString(target, csv(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + target);
    }
}
