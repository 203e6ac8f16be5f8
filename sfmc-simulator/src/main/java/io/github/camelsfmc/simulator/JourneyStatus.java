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

/** Journey status as the interactions API spells it. Only {@link #PUBLISHED} admits contacts. */
public enum JourneyStatus implements JsonEnum.Named {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    PAUSED("Paused"),
    /**
     * A version that a newer published version replaced: contacts in it finish, new ones go to the new version. The
     * API calls it "Unpublished"; the Journey Builder UI shows "Finishing".
     */
    FINISHING("Unpublished"),
    STOPPED("Stopped");

    private final String json;

    JourneyStatus(String json) {
        this.json = json;
    }

    @Override
    public String jsonValue() {
        return json;
    }

    /** Accepts the JSON spelling ("Paused") or the Java name ("PAUSED"), case-insensitively. */
    public static JourneyStatus fromJson(String value) {
        return JsonEnum.parse(JourneyStatus.class, value);
    }
}
