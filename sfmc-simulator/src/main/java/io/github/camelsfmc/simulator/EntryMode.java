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

/** The journey's re-entry setting ({@code entryMode} in the interactions API). */
public enum EntryMode implements JsonEnum.Named {
    /** Re-entry at any time. */
    MULTIPLE_ENTRIES("MultipleEntries"),
    /** No re-entry. */
    ONCE_AND_DONE("OnceAndDone"),
    /** Re-entry only after exiting; contacts never exit in the simulator, so this behaves like ONCE_AND_DONE. */
    SINGLE_ENTRY_ACROSS_ALL_VERSIONS("SingleEntryAcrossAllVersions"),
    /** Created through the API without an entry mode; treated like MULTIPLE_ENTRIES. */
    NOT_SET("NotSet");

    private final String json;

    EntryMode(String json) {
        this.json = json;
    }

    @Override
    public String jsonValue() {
        return json;
    }

    public boolean allowsReentry() {
        return this == MULTIPLE_ENTRIES || this == NOT_SET;
    }

    public static EntryMode fromJson(String value) {
        return JsonEnum.parse(EntryMode.class, value);
    }
}
