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
package io.github.camelsfmc.journey.internal.membership;

/**
 * A contact a membership check asks about.
 *
 * @param contactKey     the contact's ContactKey, as the route knows it
 * @param lookupKey      the key asked of SFMC: the value of the journey's sendable field when the contact carries it
 *                       (Journey Builder files the contact under that value), else the ContactKey
 * @param lookupKeyKnown false when the journey takes the contact key from a sendable field whose value this contact
 *                       did not carry: SFMC not finding the ContactKey then says nothing about the contact
 */
public record AskedContact(String contactKey, String lookupKey, boolean lookupKeyKnown) {}
