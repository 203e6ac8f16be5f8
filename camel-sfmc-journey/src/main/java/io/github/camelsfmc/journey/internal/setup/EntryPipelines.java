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
package io.github.camelsfmc.journey.internal.setup;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.SfmcJourneyConfiguration;
import io.github.camelsfmc.journey.internal.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.entry.EntryPipeline;
import io.github.camelsfmc.journey.internal.entry.EntryValidationPolicy;
import io.github.camelsfmc.journey.internal.entry.WarningLog;
import io.github.camelsfmc.journey.internal.mapping.EntryEventMapper;
import io.github.camelsfmc.journey.internal.mapping.EntryEventSerializer;
import io.github.camelsfmc.journey.internal.preflight.JourneyEntryGuard;

/** Builds what a producer reads contacts with, and the entry pipeline, from the endpoint's options. */
public final class EntryPipelines {

    /** At most this many validation warnings a minute reach the log; the rest are counted. */
    private static final int WARNINGS_PER_MINUTE = 10;

    private EntryPipelines() {}

    /** How a message body becomes an entry event: where its contact key is and whether Data repeats it. */
    public static EntryEventMapper mapper(SfmcJourneyConfiguration configuration, ObjectMapper objectMapper) {
        return new EntryEventMapper(
                objectMapper, configuration.getContactKeyField(), configuration.isContactKeyInData());
    }

    /** @param guard the journey checks of this producer, or null when preflight is off */
    public static EntryPipeline create(
            SfmcJourneyConfiguration configuration,
            ObjectMapper objectMapper,
            JourneyApiClient api,
            JourneyEntryGuard guard) {
        EntryValidationPolicy policy = new EntryValidationPolicy(
                guard,
                configuration.getValidation(),
                configuration.getEventDefinitionKey(),
                new WarningLog(
                        LoggerFactory.getLogger(EntryValidationPolicy.class),
                        WARNINGS_PER_MINUTE,
                        Duration.ofMinutes(1),
                        Clock.systemUTC()));
        return new EntryPipeline(
                mapper(configuration, objectMapper),
                new EntryEventSerializer(objectMapper),
                api,
                new ApiErrorTranslator(),
                objectMapper,
                policy);
    }
}
