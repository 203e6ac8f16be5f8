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
package io.github.camelsfmc.benchmarks;

import java.util.List;

/** The targets section of a report: one row per target, then the analysis of each target that was missed. */
final class TargetTable {

    private TargetTable() {}

    static void append(StringBuilder md, String heading, List<TargetVerdict> verdicts) {
        md.append("## ").append(heading).append("\n\n| Target | Status | Measured |\n|---|---|---|\n");
        for (TargetVerdict v : verdicts) {
            md.append("| ")
                    .append(v.target())
                    .append(" | **")
                    .append(v.status())
                    .append("** | ")
                    .append(v.measured())
                    .append(" |\n");
        }
        for (TargetVerdict v : verdicts) {
            if (!v.analysis().isEmpty()) {
                md.append("\n**")
                        .append(v.status())
                        .append(": ")
                        .append(v.target())
                        .append("**. ")
                        .append(v.analysis())
                        .append('\n');
            }
        }
    }
}
