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

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A local stand-in for the Salesforce Marketing Cloud REST API used for Journey Builder entry: OAuth2 token, single
 * and batch entry events, async status, event definitions, interactions and data extension fields, plus fault
 * injection and an inspection API ({@code /_sim/...}) that tells which contacts entered and which were silently
 * dropped and why.
 * <p>
 * One server serves auth and REST; point both the auth URL and the REST URL of a client at {@link #baseUrl()}. It
 * listens on the loopback interface unless {@link Builder#bindAddress(String)} says otherwise; the inspection API
 * answers loopback callers only unless an {@link Builder#inspectionToken(String) inspection token} is set.
 * <p>
 * This class is the whole Java API: it configures ({@link #builder()}), runs ({@link #start()}, {@link #close()}),
 * changes behaviour at runtime ({@link #journey(String)}, {@link #faults()}, ...) and tells what happened
 * ({@link #entered(String)}, {@link #dropped(String)}, {@link #stats()}, ...). Thread-safe.
 */
public final class SfmcSimulator implements AutoCloseable {
    public static final String DEFAULT_CLIENT_ID = "sim-client";
    public static final String DEFAULT_CLIENT_SECRET = "sim-secret";
    public static final String DEFAULT_EVENT_DEFINITION_KEY = "Sim-Welcome-Event";
    public static final int DEFAULT_TOKEN_LIFETIME_SECONDS = 1079;

    private final SimulatorState state;
    private final SimulatorServer server;
    private final Router router;

    private SfmcSimulator(Builder b) {
        this.state = b.newState();
        this.server = b.newServer();
        FaultInjector faults = new FaultInjector(state, server::scheduler, server::executor);
        this.router = new Router(state, faults, b.newInspectionGuard());
    }

    /** An empty builder: no journey, the default client unless {@code client(...)} is called. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder pre-filled with client {@value #DEFAULT_CLIENT_ID}/{@value #DEFAULT_CLIENT_SECRET} (MID 100) and one
     * published MultipleEntries journey {@value #DEFAULT_EVENT_DEFINITION_KEY} with fields ContactKey (primary key),
     * FirstName, LastName, Email (EmailAddress) and Age (Number).
     */
    public static Builder withDefaults() {
        return builder()
                .client(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)
                .journey(DefaultJourney.builder().build());
    }

    /** Reads a YAML ({@code .yaml}/{@code .yml}) or JSON config file; see the module README for the format. */
    public static Builder fromConfig(Path path) {
        return SimulatorConfig.load(path);
    }

    /** Reads a YAML ({@code yaml} true) or JSON config; see the module README for the format. */
    public static Builder fromConfig(InputStream in, boolean yaml) {
        return SimulatorConfig.load(in, yaml);
    }

    /** Starts the HTTP server (no-op when running); returns this simulator. */
    public SfmcSimulator start() {
        server.start(router);
        return this;
    }

    /** Stops the server; records stay readable. */
    @Override
    public void close() {
        server.stop();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** {@code http://localhost:PORT} (or the bound address when it is neither loopback nor wildcard), no trailing slash. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Keep-alive connections closed for being idle ({@link Builder#idleConnectionTimeoutMillis}). */
    public long idleConnectionsClosed() {
        return server.idleConnectionsClosed();
    }

    /**
     * Client connections the load balancer ({@link Builder#idleConnectionTimeoutMillis}) has accepted since start,
     * whether still open or closed: how many TCP connections the clients opened.
     */
    public long acceptedConnections() {
        return server.acceptedConnections();
    }

    /** Client connections open now through the load balancer ({@link Builder#idleConnectionTimeoutMillis}). */
    public int openConnections() {
        return server.openConnections();
    }

    /** The bound port; throws before the first start. */
    public int port() {
        return server.address().getPort();
    }

    /** The bound address and port; throws before the first start. */
    InetSocketAddress boundAddress() {
        return server.address();
    }

    /** The live journey for an event definition key (mutate it to change behaviour at runtime). */
    public Journey journey(String eventDefinitionKey) {
        return state.journey(eventDefinitionKey);
    }

    /** All journeys in the order they were added. */
    public List<Journey> journeys() {
        return state.journeys();
    }

    /** Adds (or replaces) a journey; the given instance is the live one. */
    public Journey addJourney(Journey journey) {
        state.putJourney(journey);
        return journey;
    }

    public void removeJourney(String eventDefinitionKey) {
        state.removeJourney(eventDefinitionKey);
    }

    /** The live fault settings. */
    public Faults faults() {
        return state.faults();
    }

    /** Every token issued so far is invalid from now on (REST calls with it get 401 errorcode 0). */
    public int expireAllTokens() {
        return state.tokens.expireAll();
    }

    /**
     * Every access token issued since start, oldest first (kept across {@link #reset()}), so that tests can check that
     * no token leaks into logs or messages.
     */
    public List<String> issuedTokens() {
        return state.tokens.issued();
    }

    /** Lifetime ({@code expires_in}) of tokens issued from now on. */
    public SfmcSimulator tokenLifetimeSeconds(int seconds) {
        state.tokens.lifetimeSeconds(seconds);
        return this;
    }

    /** Changes the journey processing delay of batch members queued from now on. */
    public SfmcSimulator processingDelay(Duration delay) {
        state.processingDelay(SimulatorSettings.requireNotNegative(delay));
        return this;
    }

    public int tokenLifetimeSeconds() {
        return state.tokens.lifetimeSeconds();
    }

    /** Clears entries, drops, batch statuses, counters and the request log; keeps configuration and tokens. */
    public void reset() {
        state.reset();
    }

    /**
     * {@link #reset()} plus: faults back to the configured ones, every journey back to its initial status and
     * rules, the configured token lifetime. Used by the JUnit extension before each test.
     */
    public void restoreConfiguredState() {
        state.restoreConfiguredState();
    }

    /** Contacts that entered the journey, in arrival order. */
    public List<Entry> entered(String eventDefinitionKey) {
        return state.ledger.entered(eventDefinitionKey);
    }

    /** Contacts whose event was accepted but who did not enter, in arrival order. */
    public List<Drop> dropped(String eventDefinitionKey) {
        return state.ledger.dropped(eventDefinitionKey);
    }

    /** Contacts held by a journey paused with {@link PauseMode#QUEUE}; they enter when it resumes. */
    public List<Entry> held(String eventDefinitionKey) {
        return state.ledger.held(eventDefinitionKey);
    }

    public long entryCount(String eventDefinitionKey) {
        return state.ledger.entryCount(eventDefinitionKey);
    }

    public long dropCount(String eventDefinitionKey) {
        return state.ledger.dropCount(eventDefinitionKey);
    }

    /** Moves the simulator's time this far ahead of its clock (negative: behind), from now on. */
    public SfmcSimulator clockOffset(Duration offset) {
        state.clock.offset(Objects.requireNonNull(offset, "offset"));
        return this;
    }

    /** The zone in which dates without an offset are written and read ({@link Builder#dateZone(ZoneId)}). */
    public SfmcSimulator dateZone(ZoneId zone) {
        state.dates.zone(zone);
        return this;
    }

    /** The live status API settings: visibility delay and page size cap. */
    public StatusApiSettings statusApi() {
        return state.statusApi;
    }

    /**
     * Revises an {@code errored} batch member to {@code processed} now, as SFMC may after a provisional error: its
     * drop moves to {@link #entered(String)}. Returns false when no errored member has this eventInstanceId.
     */
    public boolean reviseToProcessed(String eventInstanceId) {
        return state.ledger.reviseToProcessed(eventInstanceId);
    }

    /**
     * The contact has finished the journey now: {@code contactMembership} no longer finds it there, Journey History
     * shows its exit (its entries stay in {@link #entered(String)}).
     */
    public SfmcSimulator finishJourney(String eventDefinitionKey, String contactKey) {
        state.ledger.finish(eventDefinitionKey, contactKey);
        return this;
    }

    /** The simulator's clock, offset included ({@link Builder#clock(Clock)}, {@link #clockOffset(Duration)}). */
    public Clock clock() {
        return state.clock;
    }

    /** The counters since start or the last {@link #reset()}. */
    public SimulatorStats stats() {
        state.ledger.processDue();
        return state.counters.snapshot();
    }

    /** The most recent requests (at most 1000), oldest first. */
    public List<RequestLogEntry> requestLog() {
        return state.requestLog.snapshot();
    }

    /** One line of the request log: when the answer was sent, the method, the path and the status. */
    public record RequestLogEntry(Instant at, String method, String path, int status) {}

    /** The configured client ids with their MIDs (no secrets), in configuration order. */
    Map<String, List<Integer>> clientMids() {
        return state.tokens.clientMids();
    }

    /**
     * Configures a simulator. A builder can build several simulators: each gets its own copies of the journeys and
     * fault settings. Without any {@code client(...)} the default client sim-client/sim-secret (MID 100) is used.
     * The setters are in {@link SimulatorSettings}.
     */
    public static final class Builder extends SimulatorSettings {
        private Builder() {}

        public SfmcSimulator build() {
            return new SfmcSimulator(this);
        }

        /** Builds and starts. */
        public SfmcSimulator start() {
            return build().start();
        }
    }
}
