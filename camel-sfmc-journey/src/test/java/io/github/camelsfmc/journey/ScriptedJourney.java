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
package io.github.camelsfmc.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelsfmc.journey.ScriptedSfmc.Answer;

/**
 * The journey reads of a {@link ScriptedSfmc}: an API event definition for {@code Scripted-Event}, the versions of the
 * journeys it starts (listed with paging, as {@code mostRecentVersionOnly=false} lists them), and the entry data
 * extension's fields. Any of the three reads can be replaced by a scripted answer (a 403, a broken body, no answer).
 */
final class ScriptedJourney implements Function<String, Answer> {

    static final String KEY = "Scripted-Event";
    private static final Pattern PAGE = Pattern.compile("[?&]\\$page=(\\d+)");
    private static final Pattern PAGE_SIZE = Pattern.compile("[?&]\\$pageSize=(\\d+)");

    private record Version(String journey, int version, String status, String entryMode, String eventKey) {}

    private final List<Version> versions = new CopyOnWriteArrayList<>();
    private final List<String> fields = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> overrides = new ConcurrentHashMap<>();
    private volatile String sendableField;
    private volatile int otherJourneys;

    /** A version of journey {@code name} using the key; status as the API spells it (Published, Draft, Paused...). */
    ScriptedJourney version(String name, int version, String status) {
        versions.add(new Version(name, version, status, "MultipleEntries", KEY));
        return this;
    }

    /** Changes the status of a version, as activating or stopping in Journey Builder would. */
    ScriptedJourney status(String name, int version, String status) {
        versions.replaceAll(v -> v.journey().equals(name) && v.version() == version
                ? new Version(name, version, status, v.entryMode(), v.eventKey())
                : v);
        return this;
    }

    /** Journeys of other keys listed before ours, to make the list span pages. */
    ScriptedJourney otherJourneys(int count) {
        otherJourneys = count;
        return this;
    }

    /** A field of the entry data extension: name, type (Text, Number, Date...), nullable. */
    ScriptedJourney field(String name, String type, boolean nullable) {
        fields.add("{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"length\":100,\"isPrimaryKey\":false,"
                + "\"isNullable\":" + nullable + "}");
        return this;
    }

    /** The event definition schema's sendable field. */
    ScriptedJourney sendableField(String name) {
        sendableField = name;
        return this;
    }

    /** Answers every read whose path contains {@code pathPart} (eventDefinitions, interactions, customobjects). */
    ScriptedJourney answer(String pathPart, Answer answer) {
        overrides.put(pathPart, answer);
        return this;
    }

    @Override
    public Answer apply(String pathAndQuery) {
        for (Map.Entry<String, Answer> override : overrides.entrySet()) {
            if (pathAndQuery.contains(override.getKey())) {
                return override.getValue();
            }
        }
        if (pathAndQuery.contains("/eventDefinitions/")) {
            return Answer.json(200, eventDefinition());
        }
        if (pathAndQuery.contains("/interactions")) {
            return Answer.json(200, interactionsPage(pathAndQuery));
        }
        if (pathAndQuery.contains("/customobjects/")) {
            return Answer.json(200, "{\"id\":\"de-1\",\"fields\":[" + String.join(",", fields) + "]}");
        }
        return Answer.json(404, "{\"message\":\"Not Found\",\"errorcode\":404}");
    }

    private String eventDefinition() {
        String schema = sendableField == null
                ? ""
                : ",\"schema\":{\"sendableCustomObjectField\":\"" + sendableField
                        + "\",\"SendableSubscriberField\":\"SubscriberKey\"}";
        return "{\"id\":\"ed-1\",\"type\":\"APIEvent\",\"name\":\"Scripted event\",\"mode\":\"Production\","
                + "\"eventDefinitionKey\":\"" + KEY + "\",\"dataExtensionId\":\"de-1\","
                + "\"dataExtensionName\":\"Scripted DE\"" + schema + "}";
    }

    private String interactionsPage(String query) {
        if (!query.contains("mostRecentVersionOnly=false")) {
            // as SFMC does by default: only the newest version of each journey
            throw new IllegalStateException("preflight must ask for every version: " + query);
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < otherJourneys; i++) {
            all.add(journeyJson(new Version("Other " + i, 1, "Published", "MultipleEntries", "Other-Event")));
        }
        versions.forEach(v -> all.add(journeyJson(v)));
        int page = number(PAGE, query, 1);
        int size = number(PAGE_SIZE, query, 50);
        int from = Math.min((page - 1) * size, all.size());
        int to = Math.min(from + size, all.size());
        return "{\"count\":" + all.size() + ",\"page\":" + page + ",\"pageSize\":" + size + ",\"items\":["
                + String.join(",", all.subList(from, to)) + "]}";
    }

    private static String journeyJson(Version v) {
        return "{\"id\":\"" + v.journey() + "-" + v.version() + "\",\"key\":\"" + v.journey() + "\",\"name\":\""
                + v.journey() + "\",\"version\":" + v.version() + ",\"status\":\"" + v.status()
                + "\",\"entryMode\":\"" + v.entryMode() + "\",\"triggers\":[{\"type\":\"APIEvent\",\"metaData\":"
                + "{\"eventDefinitionKey\":\"" + v.eventKey() + "\"}}]}";
    }

    private static int number(Pattern pattern, String query, int otherwise) {
        Matcher matcher = pattern.matcher(query);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : otherwise;
    }
}
