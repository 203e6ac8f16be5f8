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
package io.github.camelsfmc.journey.internal.preflight;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.payload.DataExtensionFields;
import io.github.camelsfmc.journey.internal.payload.EventDefinition;
import io.github.camelsfmc.journey.internal.payload.InteractionPage;
import io.github.camelsfmc.journey.internal.payload.InteractionPage.Interaction;
import io.github.camelsfmc.journey.internal.preflight.PreflightReport.JourneyState;
import io.github.camelsfmc.journey.internal.validation.EntrySchema;

/**
 * Asks SFMC, with the endpoint's token, whether contacts sent to an event definition key can enter a journey: the key
 * exists and is an API event, a journey using it is running, and what the entry data extension's fields are. Needs
 * the Journeys Read and Data Extensions Read permissions; what it cannot read becomes a note, not a problem.
 */
public final class JourneyPreflight {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_PAGES = 40;

    private final JourneyApiClient api;
    private final ObjectMapper objectMapper;
    private final ApiErrorTranslator errorTranslator;
    private final Clock clock;

    public JourneyPreflight(JourneyApiClient api, ObjectMapper objectMapper, Clock clock) {
        this.api = api;
        this.objectMapper = objectMapper;
        this.errorTranslator = new ApiErrorTranslator(objectMapper);
        this.clock = clock;
    }

    /** Completes exceptionally only when SFMC cannot be asked at all (no token, unreachable). */
    public CompletableFuture<PreflightReport> check(String key) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        return api.get("/interaction/v1/eventDefinitions/key:" + encode(key)).thenCompose(response -> {
            EventDefinition definition = readEventDefinition(key, response, problems, notes);
            CompletableFuture<List<JourneyState>> journeys = definition == null
                    ? CompletableFuture.completedFuture(List.of())
                    : journeysUsing(key, 1, new ArrayList<>(), notes);
            CompletableFuture<EntrySchema> schema = definition == null || definition.dataExtensionId() == null
                    ? CompletableFuture.completedFuture(null)
                    : schemaOf(definition, notes);
            return journeys.thenCombine(schema, (states, fields) -> {
                if (definition != null) {
                    judgeJourneys(key, states, problems, notes);
                }
                return new PreflightReport(
                        key,
                        clock.instant(),
                        definition,
                        List.copyOf(states),
                        fields,
                        List.copyOf(problems),
                        List.copyOf(notes));
            });
        });
    }

    private EventDefinition readEventDefinition(
            String key, ApiResponse response, List<String> problems, List<String> notes) {
        if (response.statusCode() == 400 || response.statusCode() == 404) {
            problems.add(
                    "SFMC does not know event definition key '" + key + "' in this business unit: copy the key from"
                            + " Journey Builder > Entry Sources (or Event Administration) and check accountId (MID)");
            return null;
        }
        if (!response.isSuccess()) {
            notes.add("could not read the event definition: "
                    + errorTranslator.toException(response, key).getMessage());
            return null;
        }
        EventDefinition definition = response.bodyAs(objectMapper, EventDefinition.class);
        if (definition == null) {
            notes.add("the event definition answer was not readable JSON");
            return null;
        }
        if (definition.type() != null && !"APIEvent".equalsIgnoreCase(definition.type())) {
            problems.add("Event definition '" + key + "' is a " + definition.type() + " entry source, not an API event:"
                    + " contacts cannot be injected through the API. Use the key of an API Event entry source");
        }
        if ("Test".equalsIgnoreCase(definition.mode())) {
            notes.add("the event definition is in Test mode");
        }
        return definition;
    }

    private CompletableFuture<List<JourneyState>> journeysUsing(
            String key, int page, List<JourneyState> found, List<String> notes) {
        String path = "/interaction/v1/interactions?extras=activities&mostRecentVersionOnly=true&$pageSize=" + PAGE_SIZE
                + "&$page=" + page;
        return api.get(path).thenCompose(response -> {
            if (!response.isSuccess()) {
                notes.add("could not list journeys: "
                        + errorTranslator.toException(response, key).getMessage());
                return CompletableFuture.completedFuture(found);
            }
            InteractionPage interactions = response.bodyAs(objectMapper, InteractionPage.class);
            List<Interaction> items =
                    interactions == null || interactions.items() == null ? List.of() : interactions.items();
            for (Interaction journey : items) {
                if (journey.triggers() != null
                        && journey.triggers().stream()
                                .anyMatch(t -> t.metaData() != null
                                        && key.equals(t.metaData().eventDefinitionKey()))) {
                    found.add(new JourneyState(
                            journey.name(), journey.key(), journey.version(), journey.status(), journey.entryMode()));
                }
            }
            int total = interactions != null && interactions.count() != null ? interactions.count() : 0;
            if (items.size() == PAGE_SIZE && page * PAGE_SIZE < total && page < MAX_PAGES) {
                return journeysUsing(key, page + 1, found, notes);
            }
            return CompletableFuture.completedFuture(found);
        });
    }

    private CompletableFuture<EntrySchema> schemaOf(EventDefinition definition, List<String> notes) {
        return api.get("/data/v1/customobjects/" + encode(definition.dataExtensionId()) + "/fields")
                .thenApply(response -> {
                    DataExtensionFields fields =
                            response.isSuccess() ? response.bodyAs(objectMapper, DataExtensionFields.class) : null;
                    if (fields == null || fields.fields() == null) {
                        notes.add("could not read the fields of entry data extension '" + definition.dataExtensionName()
                                + "' (HTTP " + response.statusCode()
                                + "): Data is not validated. Grant Data Extensions Read"
                                + " (data_extensions_read) to the installed package");
                        return null;
                    }
                    return new EntrySchema(definition.dataExtensionName(), fields.fields());
                });
    }

    private static void judgeJourneys(
            String key, List<JourneyState> journeys, List<String> problems, List<String> notes) {
        if (journeys.isEmpty()) {
            problems.add(
                    "No journey uses event definition key '" + key + "': in Journey Builder, build a journey with this"
                            + " API event as its entry source and activate it");
            return;
        }
        if (journeys.stream().anyMatch(JourneyState::isRunning)) {
            return;
        }
        for (JourneyState journey : journeys) {
            String journeyIs =
                    "Journey '" + journey.name() + "' (version " + journey.version() + ") using '" + key + "' is ";
            if (journey.isPaused()) {
                // SFMC's documentation is silent; one field report says paused journeys hold contacts until resumed
                problems.add(journeyIs + "Paused: SFMC accepts contacts, and may hold them until the journey resumes,"
                        + " but that is not confirmed, so they are not reported as entered. " + advice("Paused")
                        + ", or send with validation=warn to let SFMC hold them");
            } else {
                problems.add(journeyIs + journey.status() + ", so SFMC accepts contacts but does not enter them: "
                        + advice(journey.status()));
            }
        }
    }

    private static String advice(String status) {
        if ("Paused".equalsIgnoreCase(status)) {
            return "Resume it in Journey Builder";
        }
        if ("Draft".equalsIgnoreCase(status)) {
            return "activate it in Journey Builder";
        }
        if ("Stopped".equalsIgnoreCase(status)) {
            return "a stopped version cannot restart; create a new version in Journey Builder and activate it";
        }
        return "activate a version of it in Journey Builder";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
