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
package io.github.camelsfmc.journey.internal.http;

import java.io.IOException;
import java.time.Duration;

/**
 * A call that did not finish within its total deadline: connecting, sending, waiting and reading the whole answer.
 * {@link #mayHaveBeenSent()} tells whether the request had started going out when the deadline struck.
 */
public final class DeadlineExceededException extends IOException {

    private final boolean mayHaveBeenSent;

    public DeadlineExceededException(Duration deadline, boolean mayHaveBeenSent) {
        super("no complete answer within " + deadline.toMillis() + " ms"
                + (mayHaveBeenSent ? "" : " (the request was still waiting for a connection)"));
        this.mayHaveBeenSent = mayHaveBeenSent;
    }

    public boolean mayHaveBeenSent() {
        return mayHaveBeenSent;
    }
}
