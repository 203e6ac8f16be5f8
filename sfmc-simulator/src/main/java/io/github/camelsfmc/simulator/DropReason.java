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

/** Why an accepted event (201/202) did not put the contact into the journey: a silent drop. */
public enum DropReason {
    /** The journey is Draft, Paused or Stopped. */
    JOURNEY_NOT_RUNNING,
    /** OnceAndDone / SingleEntryAcrossAllVersions and the contact already entered. */
    REENTRY_NOT_ALLOWED,
    /** A Data field is not in the entry data extension (names are case-sensitive). */
    UNKNOWN_FIELD,
    /** A required field (not nullable, no default) is missing or null. */
    MISSING_REQUIRED_FIELD,
    /** A value does not fit the field type or length. */
    INVALID_VALUE,
    /** The ContactKey is longer than SFMC's 254 characters or than the data extension's key field it fills. */
    CONTACT_KEY_TOO_LONG,
    /** The journey admits only known contacts and this one is not known. */
    UNKNOWN_CONTACT
}
