package io.github.camelsfmc.examples.db;

import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import io.github.camelsfmc.examples.support.SfmcTarget;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

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
