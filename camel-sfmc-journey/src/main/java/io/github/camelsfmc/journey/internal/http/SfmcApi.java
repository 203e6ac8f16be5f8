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
package io.github.camelsfmc.journey.internal.http;

import java.util.Locale;

/**
 * The SFMC APIs the component calls, each with the tag its metrics carry and the largest answer it reads. One home for
 * the paths: callers name the API, metrics and caps are looked up here.
 */
public enum SfmcApi {
    /** {@code GET /interaction/v1/async/events/status}: pages of entry outcomes. */
    STATUS("/interaction/v1/async/events/status", "status", 8 * 1024 * 1024),
    /** Batch entry: up to 100 member results, each with a message. */
    BATCH("/interaction/v1/async/events", "batch", 1024 * 1024),
    /** Single entry: one eventInstanceId. */
    EVENTS("/interaction/v1/events", "events", 64 * 1024),
    /** Which journeys contacts are in. */
    MEMBERSHIP("/interaction/v1/interactions/contactmembership", "membership", 2 * 1024 * 1024),
    /** Journey History search: a page of activity rows. */
    HISTORY("/interaction/v1/interactions/journeyhistory/search", "history", 4 * 1024 * 1024),
    /** Event definition, journeys and data extension fields. */
    PREFLIGHT("/", "preflight", 8 * 1024 * 1024),
    /** The auth server's {@code /v2/token}. */
    TOKEN("/v2/token", "token", 64 * 1024);

    private final String pathPrefix;
    private final String tag;
    private final int maxAnswerBytes;

    SfmcApi(String pathPrefix, String tag, int maxAnswerBytes) {
        this.pathPrefix = pathPrefix;
        this.tag = tag;
        this.maxAnswerBytes = maxAnswerBytes;
    }

    /** The REST API a path (with or without its query) belongs to; anything unknown is a preflight read. */
    public static SfmcApi ofRestPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        for (SfmcApi api : new SfmcApi[] {STATUS, BATCH, EVENTS, MEMBERSHIP, HISTORY}) {
            if (p.startsWith(api.pathPrefix)) {
                return api;
            }
        }
        return PREFLIGHT;
    }

    public String path() {
        return pathPrefix;
    }

    /** The value of the {@code api} tag of this API's meters. */
    public String tag() {
        return tag;
    }

    /** The largest answer body read from this API; a larger one fails the call. */
    public int maxAnswerBytes() {
        return maxAnswerBytes;
    }
}
