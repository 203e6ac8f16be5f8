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
package io.github.camelsfmc.examples.db;

import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelsfmc.examples.support.SfmcTarget;

/** A running Camel context polling a customer table into a journey. */
public final class DbPollToJourney implements AutoCloseable {

    private final CamelContext context = new DefaultCamelContext();

    private DbPollToJourney(DataSource dataSource, SfmcTarget target, Map<String, String> settings) throws Exception {
        Properties properties = new Properties();
        properties.putAll(target.camelProperties());
        properties.putAll(settings);
        context.getPropertiesComponent().setInitialProperties(properties);
        context.getRegistry().bind("dataSource", dataSource);
        context.getRegistry().bind("customerBatch", new CustomerBatch());
        context.addRoutes(new DbPollToJourneyRoutes());
    }

    /** Builds the context without starting it, so a caller can attach a NotifyBuilder first. */
    public static DbPollToJourney create(DataSource dataSource, SfmcTarget target, Map<String, String> settings)
            throws Exception {
        return new DbPollToJourney(dataSource, target, settings);
    }

    public CamelContext context() {
        return context;
    }

    public DbPollToJourney start() {
        context.start();
        return this;
    }

    @Override
    public void close() {
        context.stop();
    }
}
