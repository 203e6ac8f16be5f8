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
package io.github.camelsfmc.journey.internal.entry;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.mapping.EntryEventMapper;
import io.github.camelsfmc.journey.internal.mapping.EntryEventSerializer;

/** What both senders use to turn a route's contact into an SFMC call and its answer into an outcome. */
public record EntryPipeline(
        EntryEventMapper mapper,
        EntryEventSerializer serializer,
        JourneyApiClient api,
        ApiErrorTranslator errorTranslator,
        ObjectMapper objectMapper,
        EntryValidationPolicy policy) {}
