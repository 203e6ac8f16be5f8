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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a simulator is built from: the settings {@link SfmcSimulator.Builder} collects (its setters are the builder's
 * public API), and the fresh state and server each simulator built from them gets.
 */
abstract sealed class SimulatorSettings permits SfmcSimulator.Builder {
    private Integer port;
    private String bindAddress;
    private String inspectionToken;
    private int threads = 64;
    private long idleConnectionTimeoutMillis;
    private final Map<String, TokenStore.Client> clients = new LinkedHashMap<>();
    private final Map<String, Journey> journeys = new LinkedHashMap<>();
    private Faults faults = Faults.none();
    private int tokenLifetimeSeconds = SfmcSimulator.DEFAULT_TOKEN_LIFETIME_SECONDS;
    private Duration processingDelay = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private Duration clockOffset = Duration.ZERO;
    private ZoneId dateZone = ZoneOffset.UTC;
    private final StatusApiSettings statusApi = new StatusApiSettings();

    /** The simulator's time runs this far ahead of {@link #clock(Clock)} (negative: behind). Default zero. */
    public SfmcSimulator.Builder clockOffset(Duration offset) {
        this.clockOffset = Objects.requireNonNull(offset, "offset");
        return self();
    }

    /**
     * The zone of the dates the simulator writes without an offset, and reads from {@code startDate}/{@code
     * endDate} without one. Default UTC; SFMC writes US Central time in several APIs ({@code America/Chicago}).
     */
    public SfmcSimulator.Builder dateZone(ZoneId zone) {
        this.dateZone = Objects.requireNonNull(zone, "zone");
        return self();
    }

    /** Configures the status API's visibility delay and page size cap ({@link StatusApiSettings}). */
    public SfmcSimulator.Builder statusApi(Consumer<StatusApiSettings> settings) {
        settings.accept(statusApi);
        return self();
    }

    /**
     * The simulator's own time (default {@link Clock#systemUTC()}): token expiry, batch processing, status dates,
     * the request log and every date in an answer follow it. A test passes a clock it moves by hand instead of
     * sleeping; {@code Clock.offset(...)} gives a server whose time differs from the client's.
     */
    public SfmcSimulator.Builder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * How long journey processing takes for a batch member: its status is queued for this long, then processed or
     * errored as the journey is at that time. Zero (default) decides at once.
     */
    public SfmcSimulator.Builder processingDelay(Duration delay) {
        this.processingDelay = requireNotNegative(delay);
        return self();
    }

    /** 0 (default) picks a free port. */
    public SfmcSimulator.Builder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Bad port " + port);
        }
        this.port = port;
        return self();
    }

    boolean hasPort() {
        return port != null;
    }

    /**
     * Address (or host name) to bind. Default: the loopback address, so nothing outside this machine can reach
     * the simulator; {@code 0.0.0.0} exposes it on every interface.
     */
    public SfmcSimulator.Builder bindAddress(String address) {
        this.bindAddress = address == null || address.isBlank() ? null : address.trim();
        return self();
    }

    /**
     * A secret that every {@code /_sim} request must then carry in the {@code X-Sim-Inspection-Token} header,
     * loopback callers included. Without it (default) the inspection API answers loopback callers only.
     */
    public SfmcSimulator.Builder inspectionToken(String token) {
        this.inspectionToken = token == null || token.isEmpty() ? null : token;
        return self();
    }

    /**
     * Puts a load balancer in front of the simulator: it closes keep-alive connections on which nothing has passed
     * for longer than {@code millis}, so a client that reuses one finds it closed, or loses a request that crosses
     * the close. 0 (the default) lets clients talk to the server directly.
     */
    public SfmcSimulator.Builder idleConnectionTimeoutMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("idleConnectionTimeoutMillis < 0");
        }
        this.idleConnectionTimeoutMillis = millis;
        return self();
    }

    /** Worker threads of the HTTP server (default 64). */
    public SfmcSimulator.Builder threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
        this.threads = threads;
        return self();
    }

    /** Accepted credentials with default MID 100. */
    public SfmcSimulator.Builder client(String clientId, String clientSecret) {
        return client(clientId, clientSecret, Journey.DEFAULT_MID);
    }

    /** Accepted credentials allowed the given MIDs; the first one is the default (used without account_id). */
    public SfmcSimulator.Builder client(String clientId, String clientSecret, int... mids) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        List<Integer> list = new ArrayList<>();
        for (int mid : mids) {
            list.add(mid);
        }
        if (list.isEmpty()) {
            list.add(Journey.DEFAULT_MID);
        }
        clients.put(clientId, new TokenStore.Client(clientSecret, List.copyOf(list)));
        return self();
    }

    /** {@code expires_in} of issued tokens (default {@value SfmcSimulator#DEFAULT_TOKEN_LIFETIME_SECONDS}). */
    public SfmcSimulator.Builder tokenLifetimeSeconds(int seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("tokenLifetimeSeconds must be positive");
        }
        this.tokenLifetimeSeconds = seconds;
        return self();
    }

    /** Adds or replaces (same event definition key) a journey. */
    public SfmcSimulator.Builder journey(Journey journey) {
        journeys.put(journey.eventDefinitionKey(), journey);
        return self();
    }

    public SfmcSimulator.Builder journey(Journey.Builder journey) {
        return journey(journey.build());
    }

    /** The initial fault settings (copied), restored by {@link SfmcSimulator#restoreConfiguredState()}. */
    public SfmcSimulator.Builder faults(Faults faults) {
        this.faults = Objects.requireNonNull(faults).copy();
        return self();
    }

    /** A new state with its own copies of the journeys and faults; the default client when none is configured. */
    SimulatorState newState() {
        Map<String, TokenStore.Client> configured = new LinkedHashMap<>(clients);
        if (configured.isEmpty()) {
            configured.put(
                    SfmcSimulator.DEFAULT_CLIENT_ID,
                    new TokenStore.Client(SfmcSimulator.DEFAULT_CLIENT_SECRET, List.of(Journey.DEFAULT_MID)));
        }
        List<Journey> copies = new ArrayList<>();
        for (Journey j : journeys.values()) {
            copies.add(j.copyInitial());
        }
        OffsetClock offsetClock = new OffsetClock(clock, clockOffset);
        return new SimulatorState(
                offsetClock,
                dateZone,
                statusApi,
                new TokenStore(configured, tokenLifetimeSeconds, offsetClock),
                copies,
                faults,
                processingDelay);
    }

    InspectionGuard newInspectionGuard() {
        return new InspectionGuard(inspectionToken);
    }

    SimulatorServer newServer() {
        return new SimulatorServer(bindAddress, port == null ? 0 : port, threads, idleConnectionTimeoutMillis);
    }

    static Duration requireNotNegative(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("processingDelay must not be negative: " + delay);
        }
        return delay;
    }

    private SfmcSimulator.Builder self() {
        return (SfmcSimulator.Builder) this;
    }
}
