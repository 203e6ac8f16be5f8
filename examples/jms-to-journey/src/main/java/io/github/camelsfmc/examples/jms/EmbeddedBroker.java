package io.github.camelsfmc.examples.jms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.ConnectionFactory;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

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
        // the in-VM transport keeps idle, non-daemon threads for a minute; a program that is done should not wait for them
        InVMConnector.resetThreadPool();
        ActiveMQClient.clearThreadPools();
    }
}
