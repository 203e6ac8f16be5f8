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

import java.util.List;

/**
 * Asks SFMC (contactMembership, through the route {@code direct:confirm-membership}) how many of some contacts are in
 * the journey now. Only this count may be called "in the journey".
 */
@FunctionalInterface
interface MembershipConfirmation {

    /** Contacts in the journey, as SFMC's contactMembership counted them; throws when SFMC could not be asked. */
    long confirmedInJourney(List<String> contactKeys);
}
