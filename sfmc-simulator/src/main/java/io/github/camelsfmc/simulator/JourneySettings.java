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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What a journey is built from: the settings {@link Journey.Builder} collects, and restores on
 * {@link Journey#restoreInitialState()}. Its setters are the builder's public API.
 */
abstract sealed class JourneySettings permits Journey.Builder {
    final String eventDefinitionKey;
    String name;
    String description;
    String journeyKey;
    String dataExtensionId;
    String dataExtensionName;
    String eventType = "APIEvent";
    String mode = "Production";
    int mid = Journey.DEFAULT_MID;
    JourneyStatus status = JourneyStatus.PUBLISHED;
    EntryMode entryMode = EntryMode.MULTIPLE_ENTRIES;
    boolean rejectUnknownFields;
    boolean knownContactsOnly;
    List<String> knownContacts = new ArrayList<>();
    List<DataExtensionField> fields = new ArrayList<>();
    String sendableField;
    Duration finishingGrace = JourneyVersions.DEFAULT_GRACE;

    JourneySettings(String eventDefinitionKey) {
        if (eventDefinitionKey == null || eventDefinitionKey.isBlank()) {
            throw new IllegalArgumentException("A journey needs an event definition key");
        }
        this.eventDefinitionKey = eventDefinitionKey;
    }

    public Journey.Builder name(String name) {
        this.name = name;
        return self();
    }

    public Journey.Builder description(String description) {
        this.description = description;
        return self();
    }

    /** The journey (interaction) key; defaults to {@code <eventDefinitionKey>-journey}. */
    public Journey.Builder journeyKey(String journeyKey) {
        this.journeyKey = journeyKey;
        return self();
    }

    public Journey.Builder dataExtensionId(String dataExtensionId) {
        this.dataExtensionId = dataExtensionId;
        return self();
    }

    public Journey.Builder dataExtensionName(String dataExtensionName) {
        this.dataExtensionName = dataExtensionName;
        return self();
    }

    /** Event definition type reported by the eventDefinitions and interactions APIs; default "APIEvent". */
    public Journey.Builder eventType(String eventType) {
        this.eventType = Objects.requireNonNull(eventType);
        return self();
    }

    /** Event definition mode; default "Production". */
    public Journey.Builder mode(String mode) {
        this.mode = Objects.requireNonNull(mode);
        return self();
    }

    public Journey.Builder mid(int mid) {
        this.mid = mid;
        return self();
    }

    public Journey.Builder status(JourneyStatus status) {
        this.status = Objects.requireNonNull(status);
        return self();
    }

    public Journey.Builder entryMode(EntryMode entryMode) {
        this.entryMode = Objects.requireNonNull(entryMode);
        return self();
    }

    public Journey.Builder field(DataExtensionField field) {
        this.fields.add(Objects.requireNonNull(field));
        return self();
    }

    public Journey.Builder fields(Collection<DataExtensionField> fields) {
        this.fields.addAll(fields);
        return self();
    }

    public Journey.Builder rejectUnknownFields(boolean reject) {
        this.rejectUnknownFields = reject;
        return self();
    }

    public Journey.Builder knownContactsOnly(boolean only) {
        this.knownContactsOnly = only;
        return self();
    }

    /** Only these contact keys are admitted (switches {@link #knownContactsOnly(boolean)} on). */
    public Journey.Builder knownContactsOnly(String... contactKeys) {
        this.knownContactsOnly = true;
        this.knownContacts.addAll(Arrays.asList(contactKeys));
        return self();
    }

    public Journey.Builder knownContacts(Collection<String> contactKeys) {
        this.knownContacts.addAll(contactKeys);
        return self();
    }

    /** The event definition schema's sendable field; default the first primary-key field, else ContactKey. */
    public Journey.Builder sendableField(String fieldName) {
        this.sendableField = fieldName;
        return self();
    }

    /** How long a Finishing or Stopped version still admits contacts (default 10 minutes). */
    public Journey.Builder finishingGrace(Duration grace) {
        this.finishingGrace = Objects.requireNonNull(grace, "grace");
        return self();
    }

    Journey.Builder copy() {
        Journey.Builder c = Journey.builder(eventDefinitionKey);
        c.name = name;
        c.description = description;
        c.journeyKey = journeyKey;
        c.dataExtensionId = dataExtensionId;
        c.dataExtensionName = dataExtensionName;
        c.eventType = eventType;
        c.mode = mode;
        c.mid = mid;
        c.status = status;
        c.entryMode = entryMode;
        c.rejectUnknownFields = rejectUnknownFields;
        c.knownContactsOnly = knownContactsOnly;
        c.knownContacts = new ArrayList<>(knownContacts);
        c.fields = new ArrayList<>(fields);
        c.sendableField = sendableField;
        c.finishingGrace = finishingGrace;
        return c;
    }

    private Journey.Builder self() {
        return (Journey.Builder) this;
    }
}
