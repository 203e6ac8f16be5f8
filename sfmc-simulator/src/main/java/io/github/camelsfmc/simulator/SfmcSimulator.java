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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the Salesforce Marketing Cloud REST API used for Journey Builder entry: OAuth2 token, single
 * and batch entry events, async status, event definitions, interactions and data extension fields, plus fault
 * injection and an inspection API ({@code /_sim/...}) that tells which contacts entered and which were silently
 * dropped and why.
 * <p>
 * One server serves auth and REST; point both the auth URL and the REST URL of a client at {@link #baseUrl()}.
 */
public final class SfmcSimulator implements AutoCloseable {
    public static final String DEFAULT_CLIENT_ID = "sim-client";
    public static final String DEFAULT_CLIENT_SECRET = "sim-secret";
    public static final String DEFAULT_EVENT_DEFINITION_KEY = "Sim-Welcome-Event";
    public static final int DEFAULT_TOKEN_LIFETIME_SECONDS = 1079;

    private static final System.Logger LOG = System.getLogger(SfmcSimulator.class.getName());

    static {
        // The JDK server writes the status line/headers and the body separately; with Nagle on, the body waits for
        // the client's delayed ACK (~40 ms per request). Must be set before the first HttpServer is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final int REQUEST_LOG_CAPACITY = 1000;

    private final int requestedPort;
    private final String bindAddress;
    private final int threads;
    private final Map<String, ClientConfig> clients;
    private final Map<String, Journey> journeys = new ConcurrentHashMap<>();
    private final List<String> journeyOrder = new CopyOnWriteArrayList<>();
    private final Faults configuredFaults;
    private final Faults faults;
    private final int configuredTokenLifetime;
    private volatile int tokenLifetimeSeconds;
    final Instant createdAt = Instant.now();

    // runtime state
    private final Map<String, TokenInfo> tokens = new ConcurrentHashMap<>();
    private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private final Map<String, Ledger> ledgers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<BatchMemberStatus> batchStatuses = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<RequestLogEntry> requestLog = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requestLogSize = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final Counters counters = new Counters();

    private HttpServer server;
    private ExecutorService executor;
    private ScheduledExecutorService scheduler;
    private volatile int port = -1;

    private SfmcSimulator(Builder b) {
        this.requestedPort = b.port == null ? 0 : b.port;
        this.bindAddress = b.bindAddress;
        this.threads = b.threads;
        Map<String, ClientConfig> c = new LinkedHashMap<>(b.clients);
        if (c.isEmpty()) {
            c.put(DEFAULT_CLIENT_ID, new ClientConfig(DEFAULT_CLIENT_SECRET, List.of(Journey.DEFAULT_MID)));
        }
        this.clients = Collections.unmodifiableMap(c);
        for (Journey j : b.journeys.values()) {
            putJourney(j.copyInitial());
        }
        this.configuredFaults = b.faults.copy();
        this.faults = b.faults.copy();
        this.configuredTokenLifetime = b.tokenLifetimeSeconds;
        this.tokenLifetimeSeconds = b.tokenLifetimeSeconds;
    }

    // ---- construction ------------------------------------------------------------------------------------------

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
                .journey(defaultJourney().build());
    }

    static Journey.Builder defaultJourney() {
        return Journey.builder(DEFAULT_EVENT_DEFINITION_KEY)
                .name("Sim Welcome Journey")
                .status(JourneyStatus.PUBLISHED)
                .entryMode(EntryMode.MULTIPLE_ENTRIES)
                .field(DataExtensionField.primaryKey("ContactKey", 50))
                .field(DataExtensionField.text("FirstName", 100))
                .field(DataExtensionField.text("LastName", 100))
                .field(DataExtensionField.email("Email"))
                .field(DataExtensionField.number("Age"));
    }

    /** Reads a YAML ({@code .yaml}/{@code .yml}) or JSON config file; see the module README for the format. */
    public static Builder fromConfig(Path path) {
        return SimulatorConfig.load(path);
    }

    public static Builder fromConfig(InputStream in, boolean yaml) {
        return SimulatorConfig.load(in, yaml);
    }

    // ---- lifecycle ---------------------------------------------------------------------------------------------

    /** Starts the HTTP server; returns this simulator. */
    public synchronized SfmcSimulator start() {
        if (server != null) {
            return this;
        }
        try {
            InetSocketAddress address = bindAddress == null
                    ? new InetSocketAddress(requestedPort)
                    : new InetSocketAddress(bindAddress, requestedPort);
            HttpServer s = HttpServer.create(address, 1024);
            executor = Executors.newFixedThreadPool(threads, daemonThreads("sfmc-sim-http"));
            scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("sfmc-sim-delay"));
            s.setExecutor(executor);
            s.createContext("/", new ApiHandler(this));
            s.start();
            server = s;
            port = s.getAddress().getPort();
            LOG.log(System.Logger.Level.DEBUG, "SFMC simulator listening on {0}", baseUrl());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the SFMC simulator on port " + requestedPort, e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    public boolean isRunning() {
        return server != null;
    }

    /** {@code http://localhost:PORT}, no trailing slash. */
    public String baseUrl() {
        requireStarted();
        return "http://localhost:" + port;
    }

    public int port() {
        requireStarted();
        return port;
    }

    private void requireStarted() {
        if (port < 0) {
            throw new IllegalStateException("The simulator is not started");
        }
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    ExecutorService executor() {
        return executor;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ---- runtime control ---------------------------------------------------------------------------------------

    /** The live journey for an event definition key (mutate it to change behaviour at runtime). */
    public Journey journey(String eventDefinitionKey) {
        Journey j = journeys.get(eventDefinitionKey);
        if (j == null) {
            throw new NoSuchElementException(
                    "No journey with event definition key " + eventDefinitionKey + "; known: " + journeyOrder);
        }
        return j;
    }

    /** All journeys in the order they were added. */
    public List<Journey> journeys() {
        List<Journey> list = new ArrayList<>();
        for (String key : journeyOrder) {
            Journey j = journeys.get(key);
            if (j != null) {
                list.add(j);
            }
        }
        return list;
    }

    Journey findJourney(String eventDefinitionKey) {
        return eventDefinitionKey == null ? null : journeys.get(eventDefinitionKey);
    }

    /** Adds (or replaces) a journey; the given instance is the live one. */
    public Journey addJourney(Journey journey) {
        putJourney(journey);
        return journey;
    }

    public void removeJourney(String eventDefinitionKey) {
        journeys.remove(eventDefinitionKey);
        journeyOrder.remove(eventDefinitionKey);
    }

    private void putJourney(Journey j) {
        if (journeys.put(j.eventDefinitionKey(), j) == null) {
            journeyOrder.add(j.eventDefinitionKey());
        }
    }

    /** The live fault settings. */
    public Faults faults() {
        return faults;
    }

    /** Every token issued so far is invalid from now on (REST calls with it get 401 errorcode 0). */
    public int expireAllTokens() {
        int n = tokens.size();
        tokens.clear();
        return n;
    }

    /**
     * Every access token issued since start, oldest first (kept across {@link #reset()}), so that tests can check that
     * no token leaks into logs or messages.
     */
    public List<String> issuedTokens() {
        return List.copyOf(issuedTokens);
    }

    /** Lifetime ({@code expires_in}) of tokens issued from now on. */
    public SfmcSimulator tokenLifetimeSeconds(int seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("tokenLifetimeSeconds must be positive");
        }
        this.tokenLifetimeSeconds = seconds;
        return this;
    }

    public int tokenLifetimeSeconds() {
        return tokenLifetimeSeconds;
    }

    /** Clears entries, drops, batch statuses, counters and the request log; keeps configuration and tokens. */
    public void reset() {
        ledgers.clear();
        batchStatuses.clear();
        requestLog.clear();
        requestLogSize.set(0);
        counters.reset();
        faults.restartSequence();
    }

    /**
     * {@link #reset()} plus: faults back to the configured ones, every journey back to its initial status and
     * rules, the configured token lifetime. Used by the JUnit extension before each test.
     */
    public void restoreConfiguredState() {
        reset();
        faults.setFrom(configuredFaults);
        tokenLifetimeSeconds = configuredTokenLifetime;
        for (Journey j : journeys.values()) {
            j.restoreInitialState();
        }
    }

    // ---- inspection --------------------------------------------------------------------------------------------

    /** Contacts that entered the journey, in arrival order. */
    public List<Entry> entered(String eventDefinitionKey) {
        Ledger l = ledgers.get(eventDefinitionKey);
        return l == null ? List.of() : List.copyOf(l.entries);
    }

    /** Contacts whose event was accepted but who did not enter, in arrival order. */
    public List<Drop> dropped(String eventDefinitionKey) {
        Ledger l = ledgers.get(eventDefinitionKey);
        return l == null ? List.of() : List.copyOf(l.drops);
    }

    public long entryCount(String eventDefinitionKey) {
        Ledger l = ledgers.get(eventDefinitionKey);
        return l == null ? 0 : l.enteredCount.get();
    }

    public long dropCount(String eventDefinitionKey) {
        Ledger l = ledgers.get(eventDefinitionKey);
        return l == null ? 0 : l.droppedCount.get();
    }

    public SimulatorStats stats() {
        return counters.snapshot();
    }

    /** The most recent requests (at most 1000), oldest first. */
    public List<RequestLogEntry> requestLog() {
        return List.copyOf(requestLog);
    }

    /** One line of the request log. */
    public record RequestLogEntry(Instant at, String method, String path, int status) {}

    // ---- package-private machinery used by ApiHandler ----------------------------------------------------------

    record ClientConfig(String secret, List<Integer> mids) {
        int defaultMid() {
            return mids.get(0);
        }
    }

    record TokenInfo(String clientId, int mid, long expiresAtNanos) {
        boolean expired() {
            return System.nanoTime() - expiresAtNanos >= 0;
        }
    }

    record BatchMemberStatus(
            String eventInstanceId,
            String requestId,
            String contactKey,
            String eventDefinitionKey,
            int mid,
            String status,
            String errorcode,
            String message,
            Instant created,
            Instant modified) {}

    record Admission(DropReason reason, String detail) {
        boolean entered() {
            return reason == null;
        }
    }

    ClientConfig client(String clientId) {
        return clientId == null ? null : clients.get(clientId);
    }

    Map<String, ClientConfig> clients() {
        return clients;
    }

    TokenInfo issueToken(String accessToken, String clientId, int mid, int lifetimeSeconds) {
        if (tokens.size() > 10_000) {
            tokens.values().removeIf(TokenInfo::expired);
        }
        TokenInfo info = new TokenInfo(clientId, mid, System.nanoTime() + TimeUnit.SECONDS.toNanos(lifetimeSeconds));
        tokens.put(accessToken, info);
        issuedTokens.add(accessToken);
        return info;
    }

    /** The token's binding, or null when unknown or expired. */
    TokenInfo validToken(String accessToken) {
        if (accessToken == null) {
            return null;
        }
        TokenInfo info = tokens.get(accessToken);
        if (info == null) {
            return null;
        }
        if (info.expired()) {
            tokens.remove(accessToken);
            return null;
        }
        return info;
    }

    void recordBatchStatus(BatchMemberStatus s) {
        batchStatuses.add(s);
    }

    Iterable<BatchMemberStatus> batchStatuses() {
        return batchStatuses;
    }

    void logRequest(String method, String path, int status) {
        requestLog.add(new RequestLogEntry(Instant.now(), method, path, status));
        if (requestLogSize.incrementAndGet() > REQUEST_LOG_CAPACITY) {
            if (requestLog.poll() != null) {
                requestLogSize.decrementAndGet();
            }
        }
    }

    private Ledger ledger(String key) {
        return ledgers.computeIfAbsent(key, k -> new Ledger());
    }

    /** With rejectUnknownFields: the message for the first Data field not in the schema, or null. */
    static String unknownField(Journey journey, JsonNode data) {
        if (data == null || !data.isObject()) {
            return null;
        }
        Journey.Schema schema = journey.schema();
        for (Iterator<String> it = data.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.equalsIgnoreCase("eventInstanceId") || schema.byName.containsKey(name)) {
                continue;
            }
            DataExtensionField near = schema.byLowerName.get(name.toLowerCase(Locale.ROOT));
            if (near != null) {
                return "Field '" + name + "' is not in data extension '" + journey.dataExtensionName()
                        + "' (field names are case-sensitive; did you mean '" + near.name() + "'?)";
            }
            return "Field '" + name + "' is not in data extension '" + journey.dataExtensionName() + "'";
        }
        return null;
    }

    /**
     * Decides whether an accepted contact enters the journey and records the outcome. The checks, in order:
     * journey running, unknown field, missing required field, invalid value, unknown contact, re-entry.
     */
    Admission admit(
            Journey j, String contactKey, JsonNode data, String eventInstanceId, String requestId, EntryChannel via) {
        DropReason reason = null;
        String detail = null;
        JourneyStatus status = j.status();
        if (status != JourneyStatus.PUBLISHED) {
            reason = DropReason.JOURNEY_NOT_RUNNING;
            detail = "Journey '" + j.name() + "' is " + status.jsonValue() + ", not Published";
        }
        if (reason == null && (detail = unknownField(j, data)) != null) {
            reason = DropReason.UNKNOWN_FIELD;
        }
        if (reason == null && (detail = missingRequired(j, data)) != null) {
            reason = DropReason.MISSING_REQUIRED_FIELD;
        }
        if (reason == null && (detail = invalidValue(j, data)) != null) {
            reason = DropReason.INVALID_VALUE;
        }
        if (reason == null && j.knownContactsOnly() && !j.knownContacts().contains(contactKey)) {
            reason = DropReason.UNKNOWN_CONTACT;
            detail = "Contact '" + contactKey + "' is not a known contact";
        }
        Ledger ledger = ledger(j.eventDefinitionKey());
        if (reason == null) {
            boolean first = ledger.enteredKeys.add(contactKey);
            if (!first && !j.entryMode().allowsReentry()) {
                reason = DropReason.REENTRY_NOT_ALLOWED;
                detail = "Contact '" + contactKey + "' already entered and entryMode is "
                        + j.entryMode().jsonValue();
            }
        }
        Map<String, Object> dataMap = ApiHandler.toMap(data);
        Instant now = Instant.now();
        if (reason == null) {
            ledger.entries.add(new Entry(contactKey, dataMap, eventInstanceId, requestId, via, now));
            ledger.enteredCount.incrementAndGet();
            counters.contactsEntered.increment();
            return new Admission(null, null);
        }
        ledger.drops.add(new Drop(contactKey, dataMap, eventInstanceId, reason, detail, now, requestId, via));
        ledger.droppedCount.incrementAndGet();
        counters.contactsDropped.increment();
        return new Admission(reason, detail);
    }

    private static boolean nullish(DataExtensionField f, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return true;
        }
        return v.isTextual()
                && v.asText().isEmpty()
                && f.type() != FieldType.TEXT
                && f.type() != FieldType.PHONE
                && f.type() != FieldType.LOCALE;
    }

    private static String missingRequired(Journey j, JsonNode data) {
        for (DataExtensionField f : j.schema().fields) {
            if (!f.isRequired()) {
                continue;
            }
            JsonNode v = data == null ? null : data.get(f.name());
            if (v == null && f.isPrimaryKey()) {
                continue; // the primary key is filled from the event's ContactKey when Data does not carry it
            }
            if (nullish(f, v)) {
                return "Required field '" + f.name() + "' is " + (v == null ? "missing" : "null or empty");
            }
        }
        return null;
    }

    private static String invalidValue(Journey j, JsonNode data) {
        if (data == null || !data.isObject()) {
            return null;
        }
        Journey.Schema schema = j.schema();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            DataExtensionField f = schema.byName.get(e.getKey());
            if (f == null || nullish(f, e.getValue())) {
                continue;
            }
            String problem = f.checkValue(e.getValue());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Per-journey records. */
    private static final class Ledger {
        final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Drop> drops = new ConcurrentLinkedQueue<>();
        final AtomicLong enteredCount = new AtomicLong();
        final AtomicLong droppedCount = new AtomicLong();
        final Set<String> enteredKeys = ConcurrentHashMap.newKeySet();
    }

    /** Lock-free counters behind {@link SimulatorStats}. */
    static final class Counters {
        final LongAdder tokenRequests = new LongAdder();
        final LongAdder tokensIssued = new LongAdder();
        final LongAdder singleEventRequests = new LongAdder();
        final LongAdder batchEventRequests = new LongAdder();
        final LongAdder throttled = new LongAdder();
        final LongAdder serverErrors = new LongAdder();
        final LongAdder unauthorized = new LongAdder();
        final LongAdder total = new LongAdder();
        final LongAdder contactsEntered = new LongAdder();
        final LongAdder contactsDropped = new LongAdder();
        final LongAdder concurrencyBlocked = new LongAdder();

        void reset() {
            for (LongAdder a : Arrays.asList(
                    tokenRequests,
                    tokensIssued,
                    singleEventRequests,
                    batchEventRequests,
                    throttled,
                    serverErrors,
                    unauthorized,
                    total,
                    contactsEntered,
                    contactsDropped,
                    concurrencyBlocked)) {
                a.reset();
            }
        }

        SimulatorStats snapshot() {
            long single = singleEventRequests.sum();
            long batch = batchEventRequests.sum();
            return new SimulatorStats(
                    tokenRequests.sum(),
                    tokensIssued.sum(),
                    single,
                    batch,
                    single + batch,
                    throttled.sum(),
                    serverErrors.sum(),
                    unauthorized.sum(),
                    total.sum(),
                    contactsEntered.sum(),
                    contactsDropped.sum(),
                    concurrencyBlocked.sum());
        }
    }

    // ---- builder -----------------------------------------------------------------------------------------------

    /**
     * Configures a simulator. A builder can build several simulators: each gets its own copies of the journeys and
     * fault settings. Without any {@code client(...)} the default client sim-client/sim-secret (MID 100) is used.
     */
    public static final class Builder {
        private Integer port;
        private String bindAddress;
        private int threads = 64;
        private final Map<String, ClientConfig> clients = new LinkedHashMap<>();
        private final Map<String, Journey> journeys = new LinkedHashMap<>();
        private Faults faults = Faults.none();
        private int tokenLifetimeSeconds = DEFAULT_TOKEN_LIFETIME_SECONDS;

        private Builder() {}

        /** 0 (default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Bad port " + port);
            }
            this.port = port;
            return this;
        }

        boolean hasPort() {
            return port != null;
        }

        /** Address to bind; default all interfaces. */
        public Builder bindAddress(String address) {
            this.bindAddress = address;
            return this;
        }

        /** Worker threads of the HTTP server (default 64). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads < 1");
            }
            this.threads = threads;
            return this;
        }

        /** Accepted credentials with default MID 100. */
        public Builder client(String clientId, String clientSecret) {
            return client(clientId, clientSecret, Journey.DEFAULT_MID);
        }

        /** Accepted credentials allowed the given MIDs; the first one is the default (used without account_id). */
        public Builder client(String clientId, String clientSecret, int... mids) {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            List<Integer> list = new ArrayList<>();
            for (int mid : mids) {
                list.add(mid);
            }
            if (list.isEmpty()) {
                list.add(Journey.DEFAULT_MID);
            }
            clients.put(clientId, new ClientConfig(clientSecret, List.copyOf(list)));
            return this;
        }

        public Builder tokenLifetimeSeconds(int seconds) {
            if (seconds <= 0) {
                throw new IllegalArgumentException("tokenLifetimeSeconds must be positive");
            }
            this.tokenLifetimeSeconds = seconds;
            return this;
        }

        /** Adds or replaces (same event definition key) a journey. */
        public Builder journey(Journey journey) {
            journeys.put(journey.eventDefinitionKey(), journey);
            return this;
        }

        public Builder journey(Journey.Builder journey) {
            return journey(journey.build());
        }

        public Builder faults(Faults faults) {
            this.faults = Objects.requireNonNull(faults).copy();
            return this;
        }

        public SfmcSimulator build() {
            return new SfmcSimulator(this);
        }

        /** Builds and starts. */
        public SfmcSimulator start() {
            return build().start();
        }
    }
}
