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
package io.github.camelsfmc.simulator;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The SFMC error bodies the simulator answers with, in SFMC's field order. */
final class Errors {
    static final String DOC =
            "https://developer.salesforce.com/docs/atlas.en-us.mc-apis.meta/mc-apis/error-handling.htm";
    static final String OAUTH_DOC = "https://developer.salesforce.com/docs";

    private Errors() {}

    /** {@code {message, errorcode, documentation}}. */
    static ObjectNode body(String message, int errorcode) {
        ObjectNode b = Json.object();
        b.put("message", message);
        b.put("errorcode", errorcode);
        b.put("documentation", DOC);
        return b;
    }

    static void send(Request req, int status, String message, int errorcode) throws IOException {
        req.send(status, body(req.lengthen(message), errorcode));
    }

    static void notFound(Request req) throws IOException {
        ObjectNode b = Json.object();
        b.put("documentation", DOC);
        b.put("errorcode", 404);
        b.put("message", req.lengthen("Not Found"));
        req.send(404, b);
    }

    static void notAuthorized(Request req) throws IOException {
        ObjectNode b = Json.object();
        b.put("documentation", DOC);
        b.put("errorcode", 0);
        b.put("message", req.lengthen("Not Authorized"));
        req.send(401, b);
    }

    static void badJson(Request req) throws IOException {
        send(req, 400, "Invalid message format: the request body is not a valid JSON object.", 10004);
    }

    static void unknownKey(Request req, String key) throws IOException {
        send(req, 400, "Unable to find an event definition for EventDefinitionKey '" + key + "'.", 30000);
    }

    static void wrongMid(Request req) throws IOException {
        send(
                req,
                403,
                "Authorization token invalid on this endpoint: the event definition "
                        + "belongs to another business unit (MID).",
                40002);
    }

    /**
     * Whether the caller may use this journey; if not, answers 400 errorcode 30000 (unknown: {@code journey} null)
     * or 403 errorcode 40002 (another MID) and returns false.
     */
    static boolean journeyVisible(Request req, Journey journey, String shownKey) throws IOException {
        if (journey == null) {
            unknownKey(req, shownKey);
            return false;
        }
        if (journey.mid() != req.token().mid()) {
            wrongMid(req);
            return false;
        }
        return true;
    }

    static void badPaging(Request req) throws IOException {
        send(req, 400, "$page and $pageSize must be positive integers.", 10005);
    }

    /** 429 or 503 with a {@code retryAfter} field and a {@code Retry-After} header. */
    static void retryLater(Request req, int status, String message, int errorcode, int retryAfter) throws IOException {
        ObjectNode b = Json.object();
        b.put("message", req.lengthen(message));
        b.put("errorcode", errorcode);
        b.put("retryAfter", retryAfter);
        b.put("documentation", DOC);
        req.send(status, b, Map.of("Retry-After", String.valueOf(retryAfter)));
    }

    /** An OAuth2 error body ({@code error, error_description, error_uri}). */
    static void oauth(Request req, int status, String error, String description) throws IOException {
        ObjectNode b = Json.object();
        b.put("error", error);
        b.put("error_description", req.lengthen(description));
        b.put("error_uri", OAUTH_DOC);
        req.send(status, b);
    }
}
