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

/**
 * A row that did not reach the journey. {@code outcome} is {@code rejected} (the contact itself was refused: replaying
 * it unchanged fails again), {@code failed} (its request failed as a whole: replaying it later is safe) or
 * {@code errored} (SFMC queued it, then journey processing dropped it, for the reason SFMC gave).
 */
public record RowProblem(long row, String contactKey, String outcome, String reason) {

    public static final String REJECTED = "rejected";
    public static final String FAILED = "failed";
    public static final String ERRORED = "errored";
}
