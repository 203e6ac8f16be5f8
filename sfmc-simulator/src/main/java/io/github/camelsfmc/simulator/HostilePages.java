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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@link HostileAnswers} that replace the real answer: the header-echoing error page, the failing token call. */
final class HostilePages {
    private HostilePages() {}

    /** Answers instead of the real handler when a hostile setting says so; false when the real answer should run. */
    static boolean answer(Request req, SimulatedApi api, HostileAnswers.ApiSettings settings, HostileAnswers all)
            throws IOException {
        if (settings.echoPageStatus() > 0) {
            echoHeaders(req, settings.echoPageStatus());
            return true;
        }
        if (api == SimulatedApi.TOKEN && all.nextTokenCallFails()) {
            ObjectNode b = Json.object();
            b.put("error", "temporarily_unavailable");
            b.put("error_description", req.lengthen("The authorization server is temporarily unavailable."));
            b.put("error_uri", Errors.OAUTH_DOC);
            req.send(503, b);
            return true;
        }
        return false;
    }

    /**
     * An HTML page as a misconfigured proxy writes it: the request line and every header (in name order), credentials
     * included.
     */
    private static void echoHeaders(Request req, int status) throws IOException {
        StringBuilder html = new StringBuilder()
                .append("<html><head><title>")
                .append(status)
                .append(" Bad Gateway</title></head><body><h1>")
                .append(status)
                .append(" Bad Gateway</h1><p>The upstream server did not answer. Your request was:</p><pre>\n")
                .append(req.method)
                .append(' ')
                .append(req.exchange.getRequestURI())
                .append(" HTTP/1.1\n");
        // in name order, so where each header stands (and what a client's cut of the page keeps) does not vary
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(req.exchange.getRequestHeaders());
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            for (String v : h.getValue()) {
                html.append(h.getKey()).append(": ").append(v).append('\n');
            }
        }
        html.append("</pre></body></html>\n");
        req.send(status, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8), null);
    }
}
