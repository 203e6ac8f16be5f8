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

import java.util.List;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.AggregationRepository;

import io.github.camelsfmc.journey.SfmcJourneyAggregationStrategy;
import io.github.camelsfmc.journey.SfmcJourneyConstants;

/**
 * Reads one contact per JSON file from the inbox, collects them into batches of up to 100 in a persistent aggregation
 * repository, and enters each batch with one request. A file is moved to {@code .done} only once its contact is
 * committed to the repository; a completed batch stays in the repository until SFMC answered it.
 * <p>
 * Needs the {@code sfmc.*} placeholders (see SfmcTarget) and {@code app.inbox}, {@code app.batch-timeout-ms}.
 * Batches that still fail after the repository's redeliveries are written to {@code <inbox>/.failed}, one contact per
 * line, and logged at ERROR.
 */
public class CrashSafeBatchingRoutes extends RouteBuilder {

    static final String UNDELIVERABLE = "direct:undeliverable";
    static final int BATCH_SIZE = 100;

    private final AggregationRepository repository;

    public CrashSafeBatchingRoutes(AggregationRepository repository) {
        this.repository = repository;
    }

    @Override
    public void configure() {
        from("file:{{app.inbox}}?antInclude=*.json&sortBy=file:name&move=.done&delay=200&initialDelay=0")
                .routeId("crash-safe-batching")
                .convertBodyTo(String.class)
                .aggregate(constant("sfmc"), new SfmcJourneyAggregationStrategy())
                .aggregationRepository(repository)
                .completionSize(BATCH_SIZE)
                .completionTimeout("{{app.batch-timeout-ms}}")
                .forceCompletionOnStop()
                .to("sfmc-journey:{{sfmc.event-definition-key}}"
                        + "?clientId={{sfmc.client-id}}&clientSecret=RAW({{sfmc.client-secret}})"
                        + "&subdomain={{?sfmc.subdomain}}&authUrl={{?sfmc.auth-url}}&restUrl={{?sfmc.rest-url}}"
                        + "&accountId={{?sfmc.account-id}}&failOnRejectedMembers=false")
                .log(
                        LoggingLevel.INFO,
                        "crash-safe-batching",
                        "Batch of ${body.size} contacts: ${header." + SfmcJourneyConstants.QUEUED_COUNT + "} queued")
                .filter(header(SfmcJourneyConstants.NOT_QUEUED_COUNT).isGreaterThan(0))
                .log(
                        LoggingLevel.ERROR,
                        "crash-safe-batching",
                        "Not entered: ${header." + SfmcJourneyConstants.BATCH_RESULT + ".rejected}");

        from(UNDELIVERABLE)
                .routeId("crash-safe-batching-undeliverable")
                .process(exchange -> {
                    List<?> contacts = exchange.getMessage().getBody(List.class);
                    exchange.getMessage()
                            .setBody(String.join(
                                    "\n", contacts.stream().map(String::valueOf).toList()));
                })
                .to("file:{{app.inbox}}/.failed?fileName=batch-${exchangeId}.jsonl")
                .log(
                        LoggingLevel.ERROR,
                        "crash-safe-batching",
                        "Batch not entered after every redelivery, written to ${header.CamelFileNameProduced}");
    }
}
