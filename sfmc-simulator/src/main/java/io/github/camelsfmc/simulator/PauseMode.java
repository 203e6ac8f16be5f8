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

/**
 * What a paused journey does with contacts that arrive meanwhile; the marketer chooses when pausing. SFMC's default
 * drops them ("By default, this option doesn't queue contacts": they are ignored). Whether the API exposes the
 * choice is not documented, so the simulator does not show it in any answer.
 */
public enum PauseMode {
    /** Arriving contacts are ignored (SFMC's default). */
    DROP,
    /** Arriving contacts are held and enter when the journey resumes. */
    QUEUE
}
