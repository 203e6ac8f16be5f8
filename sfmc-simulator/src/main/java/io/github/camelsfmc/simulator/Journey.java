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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A journey entered through one API event definition, with its entry data extension schema.
 * <p>
 * The identity (event definition key, ids, MID) is fixed; the behaviour (status, entry mode, schema, unknown-field
 * and known-contact rules) is mutable at runtime and safe to change while requests are being served: every
 * setting is a volatile field holding an immutable value. Setters return this journey so they chain.
 */
public final class Journey {
    /** Ordinary MID of the default business unit. */
    public static final int DEFAULT_MID = 100;

    private final String eventDefinitionKey;
    private final String name;
    private final String description;
    private final String journeyKey;
    private final String id;
    private final String eventDefinitionId;
    private final String dataExtensionId;
    private final String dataExtensionName;
    private final String eventType;
    private final String mode;
    private final int mid;

    private final JourneyVersions versions;
    private volatile String sendableField;
    private volatile EntryMode entryMode;
    private volatile boolean rejectUnknownFields;
    private volatile boolean knownContactsOnly;
    private volatile Set<String> knownContacts;
    private volatile Schema schema;

    /** The configuration this journey was built with, restored by {@link #restoreInitialState()}. */
    private final Builder initial;

    private Journey(Builder b) {
        this.initial = b.copy();
        this.eventDefinitionKey = b.eventDefinitionKey;
        this.name = b.name != null ? b.name : b.eventDefinitionKey;
        this.description = b.description != null ? b.description : "";
        this.journeyKey = b.journeyKey != null ? b.journeyKey : b.eventDefinitionKey + "-journey";
        this.id = stableId("journey", b.eventDefinitionKey);
        this.eventDefinitionId = stableId("eventDefinition", b.eventDefinitionKey);
        this.dataExtensionId =
                b.dataExtensionId != null ? b.dataExtensionId : stableId("dataExtension", b.eventDefinitionKey);
        this.dataExtensionName = b.dataExtensionName != null ? b.dataExtensionName : b.eventDefinitionKey + "_Entry";
        this.eventType = b.eventType;
        this.mode = b.mode;
        this.mid = b.mid;
        this.schema = new Schema(b.fields);
        this.versions = new JourneyVersions(id, eventDefinitionKey, b.status, this::fields);
        applyBehaviour(b);
    }

    private void applyBehaviour(Builder b) {
        this.schema = new Schema(b.fields);
        this.versions.reset(b.status);
        this.versions.grace(b.finishingGrace);
        this.sendableField = b.sendableField;
        this.entryMode = b.entryMode;
        this.rejectUnknownFields = b.rejectUnknownFields;
        this.knownContactsOnly = b.knownContactsOnly;
        this.knownContacts = Set.copyOf(b.knownContacts);
        this.schema = new Schema(b.fields);
    }

    static String stableId(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public static Builder builder(String eventDefinitionKey) {
        return new Builder(eventDefinitionKey);
    }

    /** A fresh journey with this journey's initial configuration (no shared mutable state). */
    Journey copyInitial() {
        return initial.build();
    }

    /** Puts status, entry mode, schema and rules back to what the journey was built with. */
    public Journey restoreInitialState() {
        applyBehaviour(initial);
        return this;
    }

    // ---- runtime-mutable behaviour -----------------------------------------------------------------------------

    /** The status of the most recent version (what {@code mostRecentVersionOnly=true} shows). */
    public JourneyStatus status() {
        return versions.latest().status();
    }

    /** Sets the status of the most recent version (Paused drops arriving contacts; see {@link #pause}). */
    public Journey status(JourneyStatus newStatus) {
        versions.setLatest(Objects.requireNonNull(newStatus, "status"), PauseMode.DROP);
        return this;
    }

    // ---- versions (see JourneyVersions for the rules) ----------------------------------------------------------

    /** Every version, oldest first. */
    public List<JourneyVersion> versions() {
        return versions.all();
    }

    public JourneyVersion version(int number) {
        return versions.number(number);
    }

    /** A new Draft version, as editing a running journey makes; the running version keeps running. */
    public JourneyVersion createDraftVersion() {
        return versions.createDraft();
    }

    /**
     * Activates the newest Draft (or a new version when there is none) with a snapshot of today's fields; the version
     * running until now becomes Finishing ("Unpublished") and admits for {@link #finishingGrace()} more.
     */
    public JourneyVersion publishNewVersion() {
        return versions.publishLatest();
    }

    /** Pauses the running version; {@link PauseMode#DROP} is SFMC's default. */
    public JourneyVersion pause(PauseMode mode) {
        return versions.changeRunning(JourneyStatus.PAUSED, Objects.requireNonNull(mode, "mode"));
    }

    /** The paused version runs again; held contacts then enter. */
    public JourneyVersion resume() {
        return versions.changeRunning(JourneyStatus.PUBLISHED, null);
    }

    /** Stops the running version; it admits for {@link #finishingGrace()} more. */
    public JourneyVersion stop() {
        return versions.changeRunning(JourneyStatus.STOPPED, null);
    }

    /** How long a Finishing or Stopped version still admits contacts after the change (default 10 minutes). */
    public Duration finishingGrace() {
        return versions.grace();
    }

    public Journey finishingGrace(Duration grace) {
        versions.grace(Objects.requireNonNull(grace, "grace"));
        return this;
    }

    /** Who takes a contact arriving now. */
    JourneyVersions.EntryDecision entryDecision() {
        return versions.decide(versions.clock().instant());
    }

    /** The simulator's clock, for the versions' dates and the grace period. */
    void clock(Clock clock) {
        versions.clock(clock);
    }

    /**
     * The event definition schema's sendable field ({@code sendableCustomObjectField}): "Journey Builder uses this
     * field to populate the contact key when invoking journeys". Default: the first primary-key field, else
     * ContactKey.
     */
    public String sendableField() {
        String f = sendableField;
        if (f != null) {
            return f;
        }
        for (DataExtensionField field : schema.fields) {
            if (field.isPrimaryKey()) {
                return field.name();
            }
        }
        return "ContactKey";
    }

    public Journey sendableField(String fieldName) {
        this.sendableField = fieldName;
        return this;
    }

    public EntryMode entryMode() {
        return entryMode;
    }

    public Journey entryMode(EntryMode newMode) {
        this.entryMode = Objects.requireNonNull(newMode, "entryMode");
        return this;
    }

    public boolean rejectUnknownFields() {
        return rejectUnknownFields;
    }

    /** true: a Data field not in the schema is answered 400 errorcode 10001; false (default): 201 and a silent drop. */
    public Journey rejectUnknownFields(boolean reject) {
        this.rejectUnknownFields = reject;
        return this;
    }

    public boolean knownContactsOnly() {
        return knownContactsOnly;
    }

    public Journey knownContactsOnly(boolean only) {
        this.knownContactsOnly = only;
        return this;
    }

    public Set<String> knownContacts() {
        return knownContacts;
    }

    public Journey knownContacts(Collection<String> contactKeys) {
        this.knownContacts = Set.copyOf(contactKeys);
        return this;
    }

    public List<DataExtensionField> fields() {
        return schema.fields;
    }

    /** Replaces the entry data extension schema. */
    public Journey fields(List<DataExtensionField> newFields) {
        this.schema = new Schema(newFields);
        return this;
    }

    Schema schema() {
        return schema;
    }

    // ---- identity ----------------------------------------------------------------------------------------------

    public String eventDefinitionKey() {
        return eventDefinitionKey;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The journey (interaction) key, distinct from the event definition key. */
    public String journeyKey() {
        return journeyKey;
    }

    /** The journey (interaction) id. */
    public String id() {
        return id;
    }

    public String eventDefinitionId() {
        return eventDefinitionId;
    }

    public String dataExtensionId() {
        return dataExtensionId;
    }

    public String dataExtensionName() {
        return dataExtensionName;
    }

    /** Event definition type, "APIEvent" unless configured otherwise. */
    public String eventType() {
        return eventType;
    }

    /** Event definition mode, "Production" or "Test". */
    public String mode() {
        return mode;
    }

    public int mid() {
        return mid;
    }

    @Override
    public String toString() {
        return "Journey[" + eventDefinitionKey + ", " + status().jsonValue() + ", " + entryMode.jsonValue() + ", MID "
                + mid + "]";
    }

    /** Immutable view of the schema with lookups by exact and by lower-cased name. */
    static final class Schema {
        final List<DataExtensionField> fields;
        final Map<String, DataExtensionField> byName;
        final Map<String, DataExtensionField> byLowerName;

        Schema(List<DataExtensionField> fields) {
            this.fields = List.copyOf(fields);
            Map<String, DataExtensionField> exact = new HashMap<>();
            Map<String, DataExtensionField> lower = new HashMap<>();
            for (DataExtensionField f : this.fields) {
                if (exact.put(f.name(), f) != null) {
                    throw new IllegalArgumentException("Duplicate field " + f.name());
                }
                lower.putIfAbsent(f.name().toLowerCase(Locale.ROOT), f);
            }
            this.byName = Map.copyOf(exact);
            this.byLowerName = Map.copyOf(lower);
        }
    }

    /** Builds a journey; see {@link Journey#builder(String)}. */
    public static final class Builder {
        private final String eventDefinitionKey;
        private String name;
        private String description;
        private String journeyKey;
        private String dataExtensionId;
        private String dataExtensionName;
        private String eventType = "APIEvent";
        private String mode = "Production";
        private int mid = DEFAULT_MID;
        private JourneyStatus status = JourneyStatus.PUBLISHED;
        private EntryMode entryMode = EntryMode.MULTIPLE_ENTRIES;
        private boolean rejectUnknownFields;
        private boolean knownContactsOnly;
        private List<String> knownContacts = new ArrayList<>();
        private List<DataExtensionField> fields = new ArrayList<>();
        private String sendableField;
        private Duration finishingGrace = JourneyVersions.DEFAULT_GRACE;

        private Builder(String eventDefinitionKey) {
            if (eventDefinitionKey == null || eventDefinitionKey.isBlank()) {
                throw new IllegalArgumentException("A journey needs an event definition key");
            }
            this.eventDefinitionKey = eventDefinitionKey;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The journey (interaction) key; defaults to {@code <eventDefinitionKey>-journey}. */
        public Builder journeyKey(String journeyKey) {
            this.journeyKey = journeyKey;
            return this;
        }

        public Builder dataExtensionId(String dataExtensionId) {
            this.dataExtensionId = dataExtensionId;
            return this;
        }

        public Builder dataExtensionName(String dataExtensionName) {
            this.dataExtensionName = dataExtensionName;
            return this;
        }

        /** Event definition type reported by the eventDefinitions and interactions APIs; default "APIEvent". */
        public Builder eventType(String eventType) {
            this.eventType = Objects.requireNonNull(eventType);
            return this;
        }

        /** Event definition mode; default "Production". */
        public Builder mode(String mode) {
            this.mode = Objects.requireNonNull(mode);
            return this;
        }

        public Builder mid(int mid) {
            this.mid = mid;
            return this;
        }

        public Builder status(JourneyStatus status) {
            this.status = Objects.requireNonNull(status);
            return this;
        }

        public Builder entryMode(EntryMode entryMode) {
            this.entryMode = Objects.requireNonNull(entryMode);
            return this;
        }

        public Builder field(DataExtensionField field) {
            this.fields.add(Objects.requireNonNull(field));
            return this;
        }

        public Builder fields(Collection<DataExtensionField> fields) {
            this.fields.addAll(fields);
            return this;
        }

        public Builder rejectUnknownFields(boolean reject) {
            this.rejectUnknownFields = reject;
            return this;
        }

        public Builder knownContactsOnly(boolean only) {
            this.knownContactsOnly = only;
            return this;
        }

        /** Only these contact keys are admitted (switches {@link #knownContactsOnly(boolean)} on). */
        public Builder knownContactsOnly(String... contactKeys) {
            this.knownContactsOnly = true;
            this.knownContacts.addAll(Arrays.asList(contactKeys));
            return this;
        }

        public Builder knownContacts(Collection<String> contactKeys) {
            this.knownContacts.addAll(contactKeys);
            return this;
        }

        /** The event definition schema's sendable field; default the first primary-key field, else ContactKey. */
        public Builder sendableField(String fieldName) {
            this.sendableField = fieldName;
            return this;
        }

        /** How long a Finishing or Stopped version still admits contacts (default 10 minutes). */
        public Builder finishingGrace(Duration grace) {
            this.finishingGrace = Objects.requireNonNull(grace, "grace");
            return this;
        }

        public Journey build() {
            return new Journey(this);
        }

        Builder copy() {
            Builder c = new Builder(eventDefinitionKey);
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
    }
}
