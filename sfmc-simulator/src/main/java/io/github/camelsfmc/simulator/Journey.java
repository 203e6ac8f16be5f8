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

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    private final JourneyIdentity identity;
    private final JourneyVersions versions;
    private volatile String sendableField;
    private volatile EntryMode entryMode;
    private volatile boolean rejectUnknownFields;
    private volatile boolean knownContactsOnly;
    private volatile Set<String> knownContacts;
    private volatile EntrySchema schema;

    /** The configuration this journey was built with, restored by {@link #restoreInitialState()}. */
    private final Builder initial;

    private Journey(Builder b) {
        this.initial = b.copy();
        this.identity = JourneyIdentity.of(b);
        this.schema = new EntrySchema(b.fields); // the first version snapshots the fields
        this.versions = new JourneyVersions(identity.id(), identity.eventDefinitionKey(), b.status, this::fields);
        applyBehaviour(b);
    }

    private void applyBehaviour(JourneySettings b) {
        this.schema = new EntrySchema(b.fields);
        this.versions.reset(b.status);
        this.versions.grace(b.finishingGrace);
        this.sendableField = b.sendableField;
        this.entryMode = b.entryMode;
        this.rejectUnknownFields = b.rejectUnknownFields;
        this.knownContactsOnly = b.knownContactsOnly;
        this.knownContacts = Set.copyOf(b.knownContacts);
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
        return f != null ? f : schema.defaultSendableField();
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
        this.schema = new EntrySchema(newFields);
        return this;
    }

    EntrySchema schema() {
        return schema;
    }

    // ---- identity ----------------------------------------------------------------------------------------------

    public String eventDefinitionKey() {
        return identity.eventDefinitionKey();
    }

    public String name() {
        return identity.name();
    }

    public String description() {
        return identity.description();
    }

    /** The journey (interaction) key, distinct from the event definition key. */
    public String journeyKey() {
        return identity.journeyKey();
    }

    /** The journey (interaction) id. */
    public String id() {
        return identity.id();
    }

    public String eventDefinitionId() {
        return identity.eventDefinitionId();
    }

    public String dataExtensionId() {
        return identity.dataExtensionId();
    }

    public String dataExtensionName() {
        return identity.dataExtensionName();
    }

    /** Event definition type, "APIEvent" unless configured otherwise. */
    public String eventType() {
        return identity.eventType();
    }

    /** Event definition mode, "Production" or "Test". */
    public String mode() {
        return identity.mode();
    }

    public int mid() {
        return identity.mid();
    }

    @Override
    public String toString() {
        return "Journey[" + identity.eventDefinitionKey() + ", " + status().jsonValue() + ", " + entryMode.jsonValue()
                + ", MID " + identity.mid() + "]";
    }

    /** Builds a journey; see {@link Journey#builder(String)}. The setters are in {@link JourneySettings}. */
    public static final class Builder extends JourneySettings {
        private Builder(String eventDefinitionKey) {
            super(eventDefinitionKey);
        }

        public Journey build() {
            return new Journey(this);
        }
    }
}
