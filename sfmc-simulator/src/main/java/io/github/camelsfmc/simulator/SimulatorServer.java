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
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP server's lifecycle: binding (loopback unless an address is given), the worker pool, the scheduler that
 * delays answers, start and stop.
 */
final class SimulatorServer {
    private static final System.Logger LOG = System.getLogger(SfmcSimulator.class.getName());
    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final String bindAddress;
    private final int requestedPort;
    private final int threads;
    private final long idleConnectionTimeoutMillis;
    private HttpServer server;
    private IdleTimeoutRelay relay;
    private volatile ExecutorService executor;
    private volatile ScheduledExecutorService scheduler;
    private volatile InetSocketAddress address;

    /**
     * @param bindAddress                 host name or address to bind, null for the loopback address
     * @param idleConnectionTimeoutMillis when positive, clients reach the server through an {@link IdleTimeoutRelay}
     *                                    that closes connections idle for longer, as a load balancer does
     */
    SimulatorServer(String bindAddress, int requestedPort, int threads, long idleConnectionTimeoutMillis) {
        this.bindAddress = bindAddress;
        this.requestedPort = requestedPort;
        this.threads = threads;
        this.idleConnectionTimeoutMillis = idleConnectionTimeoutMillis;
    }

    synchronized void start(HttpHandler handler) {
        if (server != null) {
            return;
        }
        asksForNoDelay();
        try {
            InetSocketAddress bind = bindAddress == null
                    ? new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort)
                    : new InetSocketAddress(bindAddress, requestedPort);
            HttpServer s = HttpServer.create(
                    idleConnectionTimeoutMillis > 0 ? new InetSocketAddress(InetAddress.getLoopbackAddress(), 0) : bind,
                    1024);
            executor = Executors.newFixedThreadPool(threads, daemonThreads("sfmc-sim-http"));
            scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("sfmc-sim-delay"));
            s.setExecutor(executor);
            s.createContext("/", handler);
            s.start();
            server = s;
            address = s.getAddress();
            if (idleConnectionTimeoutMillis > 0) {
                relay = new IdleTimeoutRelay(idleConnectionTimeoutMillis, s.getAddress());
                address = relay.start(bind);
            }
            LOG.log(System.Logger.Level.DEBUG, "SFMC simulator listening on {0}", address);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the SFMC simulator on port " + requestedPort, e);
        }
    }

    synchronized void stop() {
        if (relay != null) {
            relay.stop();
            relay = null;
        }
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

    synchronized boolean isRunning() {
        return server != null;
    }

    /** The address bound by the last start (kept after stop); throws before the first start. */
    InetSocketAddress address() {
        InetSocketAddress a = address;
        if (a == null) {
            throw new IllegalStateException("The simulator is not started");
        }
        return a;
    }

    /**
     * {@code http://localhost:PORT} when bound to loopback or to every interface, else {@code http://ADDRESS:PORT}.
     */
    String baseUrl() {
        InetSocketAddress a = address();
        InetAddress ip = a.getAddress();
        String host;
        if (ip.isLoopbackAddress() || ip.isAnyLocalAddress()) {
            host = "localhost";
        } else {
            String literal = ip.getHostAddress();
            host = literal.contains(":") ? "[" + literal + "]" : literal;
        }
        return "http://" + host + ":" + a.getPort();
    }

    /** Connections the idle-timeout relay has closed since start; 0 without one. */
    synchronized long idleConnectionsClosed() {
        return relay != null ? relay.closedIdle() : 0;
    }

    /** Client connections the idle-timeout relay has accepted since start; 0 without one. */
    synchronized long acceptedConnections() {
        return relay != null ? relay.acceptedConnections() : 0;
    }

    /** Client connections open through the idle-timeout relay; 0 without one. */
    synchronized int openConnections() {
        return relay != null ? relay.openConnections() : 0;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    ExecutorService executor() {
        return executor;
    }

    /**
     * The JDK server writes the status line and headers, then the body, in two writes; with Nagle's algorithm on, the
     * body waits for the client's delayed ACK, about 40 ms per answer. The only switch is the system property
     * {@code sun.net.httpserver.nodelay}, which the JDK reads once per JVM when the first {@code HttpServer} is
     * created: there is no per-server setting. So it cannot be scoped to this server; what the simulator can do is
     * set it only when nobody else has (a JVM started with {@code -Dsun.net.httpserver.nodelay=false} keeps its
     * choice), only when a simulator actually starts (not when the class is loaded), and say so in the README.
     */
    private static void asksForNoDelay() {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
            LOG.log(System.Logger.Level.DEBUG, "Set {0}=true for the JDK HTTP server of this JVM", NO_DELAY_PROPERTY);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
