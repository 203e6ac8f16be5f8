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
package io.github.camelsfmc.simulator;

/** The {@code $page} (from 1) and {@code $pageSize} query parameters of SFMC's list endpoints. */
record Paging(int page, int pageSize) {

    /** Reads the parameters (defaults 1 and 50); null after answering 400 errorcode 10005 when one is bad. */
    static Paging of(Request req) throws java.io.IOException {
        try {
            return new Paging(positive(req.query("$page"), 1), positive(req.query("$pageSize"), 50));
        } catch (NumberFormatException e) {
            Errors.badPaging(req);
            return null;
        }
    }

    /** Index of the first item of the page. */
    int from() {
        return (page - 1) * pageSize;
    }

    /** Index after the last item of the page, for a list of {@code size} items. */
    int to(int size) {
        return (int) Math.min(size, (long) from() + pageSize);
    }

    private static int positive(String s, int dflt) {
        if (s == null || s.isBlank()) {
            return dflt;
        }
        int v = Integer.parseInt(s.trim());
        if (v < 1) {
            throw new NumberFormatException("not positive");
        }
        return v;
    }
}
