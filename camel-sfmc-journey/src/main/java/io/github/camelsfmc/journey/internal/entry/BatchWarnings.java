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
package io.github.camelsfmc.journey.internal.entry;

import java.util.ArrayList;
import java.util.List;

/** The findings of a batch's contacts sent in warn mode: the first few, then how many more there were. */
final class BatchWarnings {

    static final int MAX_LISTED = 5;

    private final List<String> listed = new ArrayList<>(MAX_LISTED);
    private int more;

    void add(List<String> findings) {
        for (String finding : findings) {
            if (listed.size() < MAX_LISTED) {
                listed.add(finding);
            } else {
                more++;
            }
        }
    }

    List<String> list() {
        List<String> all = new ArrayList<>(listed);
        if (more > 0) {
            all.add("and " + more + " more findings in this batch (logged, rate-limited)");
        }
        return all;
    }
}
