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
 * exists and is an API event, which versions of which journeys it starts and their status, the entry data extension's
 * fields and the sendable field. Needs Journeys Read and Data Extensions Read. Only what SFMC said is a problem; what
 * could not be read (a refusal, an answer of an unexpected shape, more versions than {@value #MAX_PAGES} pages of
 * {@value #PAGE_SIZE}) is reported as not checked, never as "no journey".
 */
public final class JourneyPreflight {

    /** SFMC documents 50 as the default and maximum page size of the journeys list. */
    static final int PAGE_SIZE = 50;

    /** At most 20 pages, 1,000 journey versions, are read; a longer list leaves the journey state unchecked. */
    static final int MAX_PAGES = 20;

    private final JourneyApiClient api;
    private final ObjectMapper objectMapper;
    private final ApiErrorTranslator errorTranslator;
    private final Clock clock;

    public JourneyPreflight(JourneyApiClient api, ObjectMapper objectMapper, Clock clock) {
        this.api = api;
        this.objectMapper = objectMapper;
        this.errorTranslator = new ApiErrorTranslator();
        this.clock = clock;
    }

    /** What the journeys list said: every version using the key, or why that is not known. */
    private record Versions(List<JourneyState> found, String unreadable) {}

    /** Completes exceptionally only when SFMC cannot be asked at all (no token, unreachable). */
    public CompletableFuture<PreflightReport> check(String key) {
        List<String> problems = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        return api.get("/interaction/v1/eventDefinitions/key:" + encode(key)).thenCompose(response -> {
            EventDefinition definition = readEventDefinition(key, response, problems, unchecked, notes);
            CompletableFuture<Versions> journeys = definition == null
                    ? CompletableFuture.completedFuture(new Versions(List.of(), null))
                    : versionsUsing(key, 1, new ArrayList<>());
            CompletableFuture<EntrySchema> schema = definition == null || definition.dataExtensionId() == null
                    ? CompletableFuture.completedFuture(null)
                    : schemaOf(definition, unchecked);
            return journeys.thenCombine(schema, (versions, fields) -> {
                String closing = null;
                if (definition != null) {
                    closing = judgeJourneys(key, versions, problems, unchecked);
                    judgeSendableField(definition, fields, notes);
                }
                if (definition != null && !versions.found().isEmpty()) {
                    notes.add("fields added to the entry data extension after the running version was activated are"
                            + " not seen by it; SFMC's field API carries no dates, so only fields this endpoint saw"
                            + " appear while the same version kept running are reported");
                }
                return new PreflightReport(
                        key,
                        clock.instant(),
                        definition,
                        List.copyOf(versions.found()),
                        fields,
                        List.copyOf(problems),
                        List.copyOf(unchecked),
                        List.copyOf(notes),
                        closing);
            });
        });
    }

    private EventDefinition readEventDefinition(
            String key, ApiResponse response, List<String> problems, List<String> unchecked, List<String> notes) {
        if (response.statusCode() == 400 || response.statusCode() == 404) {
            problems.add(
                    "SFMC does not know event definition key '" + key + "' in this business unit: copy the key from"
                            + " Journey Builder > Entry Sources (or Event Administration) and check accountId (MID)");
            return null;
        }
        if (!response.isSuccess()) {
            unchecked.add("journey and data not checked: could not read the event definition: "
                    + errorTranslator.toFailure(response, key).getMessage()
                    + scopeAdvice(response, "Journeys Read (journeys_read)"));
            return null;
        }
        EventDefinition definition = response.bodyAs(objectMapper, EventDefinition.class);
        if (definition == null) {
            unchecked.add("journey and data not checked: the event definition answer (HTTP " + response.statusCode()
                    + ") was not readable JSON");
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

    private CompletableFuture<Versions> versionsUsing(String key, int page, List<JourneyState> found) {
        String path = "/interaction/v1/interactions?extras=activities&mostRecentVersionOnly=false&$pageSize="
                + PAGE_SIZE + "&$page=" + page;
        return api.get(path).thenCompose(response -> {
            if (!response.isSuccess()) {
                return unreadable("could not list journeys: "
                        + errorTranslator.toFailure(response, key).getMessage()
                        + scopeAdvice(response, "Journeys Read (journeys_read)"));
            }
            InteractionPage interactions = response.bodyAs(objectMapper, InteractionPage.class);
            if (interactions == null || interactions.items() == null) {
                return unreadable("the journeys list (HTTP " + response.statusCode() + ") was not readable JSON");
            }
            for (Interaction journey : interactions.items()) {
                if (journey.triggers() == null) {
                    return unreadable("journey '" + journey.name() + "' was listed without its triggers, so which"
                            + " journeys use the key is not known");
                }
                if (journey.triggers().stream()
                        .anyMatch(t ->
                                t.metaData() != null && key.equals(t.metaData().eventDefinitionKey()))) {
                    found.add(new JourneyState(
                            journey.name(),
                            journey.key(),
                            journey.version(),
                            journey.status(),
                            journey.entryMode(),
                            journey.lastPublishedDate(),
                            journey.id(),
                            journey.definitionId()));
                }
            }
            int total = interactions.count() != null
                    ? interactions.count()
                    : interactions.items().size();
            boolean more = !interactions.items().isEmpty() && (long) page * PAGE_SIZE < total;
            if (!more) {
                return CompletableFuture.completedFuture(new Versions(found, null));
            }
            if (page >= MAX_PAGES) {
                return unreadable("SFMC lists " + total + " journey versions, more than the " + MAX_PAGES * PAGE_SIZE
                        + " preflight reads");
            }
            return versionsUsing(key, page + 1, found);
        });
    }

    private static CompletableFuture<Versions> unreadable(String why) {
        return CompletableFuture.completedFuture(new Versions(List.of(), why));
    }

    private CompletableFuture<EntrySchema> schemaOf(EventDefinition definition, List<String> unchecked) {
        return api.get("/data/v1/customobjects/" + encode(definition.dataExtensionId()) + "/fields")
                .thenApply(response -> {
                    DataExtensionFields fields =
                            response.isSuccess() ? response.bodyAs(objectMapper, DataExtensionFields.class) : null;
                    if (fields == null || fields.fields() == null) {
                        unchecked.add("Data not checked: could not read the fields of entry data extension '"
                                + definition.dataExtensionName() + "' (HTTP " + response.statusCode()
                                + "). Grant Data Extensions Read (data_extensions_read) to the installed package");
                        return null;
                    }
                    return new EntrySchema(definition.dataExtensionName(), fields.fields());
                });
    }

    /** Adds a problem or an unchecked note about the journeys; returns the closing-version finding, or null. */
    private static String judgeJourneys(String key, Versions versions, List<String> problems, List<String> unchecked) {
        if (versions.unreadable() != null) {
            unchecked.add("journey state not checked: " + versions.unreadable());
            return null;
        }
        if (versions.found().isEmpty()) {
            problems.add("No version of any journey uses event definition key '" + key + "': in Journey Builder,"
                    + " build a journey with this API event as its entry source and activate it");
            return null;
        }
        JourneyVersions.Verdict verdict = JourneyVersions.judge(key, versions.found());
        switch (verdict.entry()) {
            case CLOSED -> problems.add(verdict.reason());
            case CLOSING -> {
                return verdict.reason();
            }
            case UNKNOWN -> unchecked.add("journey state not checked: " + verdict.reason());
            default -> {}
        }
        return null;
    }

    private static void judgeSendableField(EventDefinition definition, EntrySchema fields, List<String> notes) {
        String sendable = definition.sendableField();
        if (sendable == null) {
            notes.add("the event definition does not name its sendable field, so whether Data's contact key"
                    + " field matches the ContactKey is not checked");
        } else if (fields != null && fields.field(sendable) == null) {
            notes.add("the sendable field '" + sendable + "' is not among the entry data extension's fields");
        }
    }

    private static String scopeAdvice(ApiResponse response, String permission) {
        return response.statusCode() == 403 ? ". Grant " + permission + " to the installed package" : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
