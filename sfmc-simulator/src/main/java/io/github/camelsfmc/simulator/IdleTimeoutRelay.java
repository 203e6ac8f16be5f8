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
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a load balancer in front of SFMC does to keep-alive connections: it relays TCP connections to the simulator's
 * HTTP server and closes a connection that has been idle between requests (its last answer sent, no new request) for
 * longer than the idle timeout. A client that reuses such a connection finds it closed, or, if its request crosses
 * the close, loses the request. A request waiting for its answer is not cut off, so slow answers are not mistaken
 * for the idle race.
 */
final class IdleTimeoutRelay {
    private static final System.Logger LOG = System.getLogger(SfmcSimulator.class.getName());

    private final long idleTimeoutMillis;
    private final InetSocketAddress backend;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final LongAdder closedIdle = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private ServerSocket serverSocket;
    private ExecutorService pumps;
    private ScheduledExecutorService watchdog;

    IdleTimeoutRelay(long idleTimeoutMillis, InetSocketAddress backend) {
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.backend = backend;
    }

    /** Listens on {@code bind}; returns the bound address. */
    InetSocketAddress start(InetSocketAddress bind) throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.bind(bind, 1024);
        pumps = Executors.newCachedThreadPool(daemonThreads("sfmc-sim-lb"));
        watchdog = Executors.newSingleThreadScheduledExecutor(daemonThreads("sfmc-sim-lb-idle"));
        long period = Math.max(1, idleTimeoutMillis / 20);
        watchdog.scheduleAtFixedRate(this::closeIdle, period, period, TimeUnit.MILLISECONDS);
        pumps.execute(this::accept);
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    void stop() {
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(Connection::close);
        watchdog.shutdownNow();
        pumps.shutdownNow();
    }

    /** Client connections open now. */
    int openConnections() {
        return open.size();
    }

    /** Client connections accepted since start, open or closed. */
    long acceptedConnections() {
        return accepted.sum();
    }

    /** Connections closed because they were idle longer than the timeout. */
    long closedIdle() {
        return closedIdle.sum();
    }

    private void accept() {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                accepted.increment();
                Socket server = new Socket();
                server.connect(backend);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Connection connection = new Connection(client, server);
                open.add(connection);
                pumps.execute(() -> connection.pump(client, server));
                pumps.execute(() -> connection.pump(server, client));
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    LOG.log(System.Logger.Level.DEBUG, "Relay accept failed", e);
                }
            }
        }
    }

    private void closeIdle() {
        long now = System.nanoTime();
        for (Connection connection : open) {
            if (!connection.awaitsAnswer()
                    && now - connection.lastActivity.get() > TimeUnit.MILLISECONDS.toNanos(idleTimeoutMillis)) {
                connection.close(true);
            }
        }
    }

    private final class Connection {
        private final Socket client;
        private final Socket server;
        private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
        private final AtomicLong requestBytes = new AtomicLong();
        private final AtomicLong requestBytesAnswered = new AtomicLong();
        private final AtomicBoolean closed = new AtomicBoolean();

        Connection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to.getOutputStream();
                int read;
                boolean fromClient = from == client;
                while ((read = in.read(buffer)) >= 0) {
                    lastActivity.set(System.nanoTime());
                    if (fromClient) {
                        requestBytes.addAndGet(read);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                    if (!fromClient) {
                        requestBytesAnswered.set(requestBytes.get());
                    }
                    lastActivity.set(System.nanoTime());
                }
            } catch (IOException closedUnderUs) {
                // the other side or the idle timeout closed the connection
            } finally {
                close();
            }
        }

        /** Whether bytes of a request arrived after the last bytes of an answer. */
        boolean awaitsAnswer() {
            return requestBytes.get() > requestBytesAnswered.get();
        }

        void close() {
            close(false);
        }

        /** @param idle whether the idle timeout closes it, counted before the client can see the close */
        void close(boolean idle) {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            if (idle) {
                closedIdle.increment();
            }
            open.remove(this);
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
