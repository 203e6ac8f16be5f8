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
package io.github.camelsfmc.examples.crashsafe;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelsfmc.examples.support.SfmcTarget;

/** A running Camel context batching the contact files of an inbox into a journey, crash-safe. */
public final class CrashSafeBatching implements AutoCloseable {

    /** Recovery attempts for a completed batch before it is written to the failed folder. */
    static final int MAXIMUM_REDELIVERIES = 10;

    private final CamelContext context = new DefaultCamelContext();

    private CrashSafeBatching(CrashSafeBatchingSettings settings, SfmcTarget target) throws Exception {
        Properties properties = new Properties();
        properties.putAll(target.camelProperties());
        properties.put("app.inbox", settings.inbox().toAbsolutePath().toString());
        properties.put("app.batch-timeout-ms", String.valueOf(settings.batchTimeoutMillis()));
        context.getPropertiesComponent().setInitialProperties(properties);
        AggregationDatabase database = AggregationDatabase.open(settings.database());
        context.addRoutes(new CrashSafeBatchingRoutes(database.repository(
                settings.recoveryIntervalMillis(), MAXIMUM_REDELIVERIES, CrashSafeBatchingRoutes.UNDELIVERABLE)));
    }

    public static CrashSafeBatching start(CrashSafeBatchingSettings settings, SfmcTarget target) throws Exception {
        CrashSafeBatching batching = new CrashSafeBatching(settings, target);
        batching.context.start();
        return batching;
    }

    public CamelContext context() {
        return context;
    }

    /** A clean stop sends the partial batch (forceCompletionOnStop); a killed process leaves it in the database. */
    @Override
    public void close() {
        context.stop();
    }
}
