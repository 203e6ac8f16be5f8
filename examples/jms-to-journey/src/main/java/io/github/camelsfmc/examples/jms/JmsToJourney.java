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

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelsfmc.examples.support.SfmcTarget;

import jakarta.jms.ConnectionFactory;

/** A running Camel context with the JMS-to-journey routes, bound to a broker and an SFMC target. */
public final class JmsToJourney implements AutoCloseable {

    private final CamelContext context;
    private final JourneyCounters counters = new JourneyCounters();
    private final ProducerTemplate producer;
    private final ConsumerTemplate consumer;

    private JmsToJourney(ConnectionFactory connectionFactory, SfmcTarget target) throws Exception {
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.putAll(target.camelProperties());
        context.getPropertiesComponent().setInitialProperties(properties);
        context.addComponent("jms", JmsComponent.jmsComponent(connectionFactory));
        context.getRegistry().bind("deadLetters", new DeadLetters());
        context.getRegistry().bind("counters", counters);
        context.addRoutes(new JmsToJourneyRoutes());
        context.start();
        producer = context.createProducerTemplate();
        consumer = context.createConsumerTemplate();
    }

    public static JmsToJourney start(ConnectionFactory connectionFactory, SfmcTarget target) throws Exception {
        return new JmsToJourney(connectionFactory, target);
    }

    /** Puts one JSON contact on the contacts queue. */
    public void send(String jsonContact) {
        producer.sendBody("jms:queue:" + JmsToJourneyRoutes.CONTACTS_QUEUE, jsonContact);
    }

    /** The next dead-lettered contact, or null when none arrives within the timeout. */
    public DeadLetter nextDeadLetter(long timeoutMillis) {
        var exchange = consumer.receive("jms:queue:" + JmsToJourneyRoutes.DEAD_LETTER_QUEUE, timeoutMillis);
        if (exchange == null) {
            return null;
        }
        return new DeadLetter(
                exchange.getMessage().getBody(String.class),
                exchange.getMessage().getHeader(DeadLetters.REASON_HEADER, String.class));
    }

    public JourneyCounters counters() {
        return counters;
    }

    @Override
    public void close() {
        context.stop();
    }

    /** A contact from the dead-letter queue and why it is there. */
    public record DeadLetter(String contact, String reason) {}
}
