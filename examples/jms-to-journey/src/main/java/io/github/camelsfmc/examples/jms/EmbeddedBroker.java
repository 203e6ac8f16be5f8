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
package io.github.camelsfmc.examples.jms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.ConnectionFactory;

/**
 * An ActiveMQ Artemis broker inside this JVM, reachable only in-VM, without persistence or security: enough for the
 * example and its tests. Queues are created on first use.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final AtomicInteger SERVER_IDS = new AtomicInteger();

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final String url;

    private EmbeddedBroker(String url) {
        this.url = url;
    }

    public static EmbeddedBroker start() throws Exception {
        String url = "vm://" + SERVER_IDS.getAndIncrement();
        EmbeddedBroker b = new EmbeddedBroker(url);
        b.broker.setConfiguration(configuration(url));
        b.broker.start();
        return b;
    }

    private static Configuration configuration(String url) throws IOException {
        Path scratch = Files.createTempDirectory("artemis-");
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setPagingDirectory(scratch.resolve("paging").toString())
                .setBindingsDirectory(scratch.resolve("bindings").toString())
                .setJournalDirectory(scratch.resolve("journal").toString())
                .setLargeMessagesDirectory(scratch.resolve("large").toString());
        config.setBrokerInstance(scratch.toFile());
        try {
            config.addAcceptorConfiguration("in-vm", url);
        } catch (Exception e) {
            throw new IllegalStateException("Bad acceptor " + url, e);
        }
        return config;
    }

    public ConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(url);
    }

    @Override
    public void close() throws Exception {
        broker.stop();
        // the in-VM transport keeps idle, non-daemon threads for a minute; a program that is done should not wait for
        // them
        InVMConnector.resetThreadPool();
        ActiveMQClient.clearThreadPools();
    }
}
