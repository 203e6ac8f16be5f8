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

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code faults.hostile} part of the config format and of {@code /_sim/faults}; see the README. */
final class HostileAnswersConfig {
    private static final Set<String> TOP =
            Set.of("longTextLength", "tokenFailsEveryNthCall", "tokenFirstFailingCall", "apis");
    private static final Set<String> API =
            Set.of("trickleBytes", "trickleIntervalMillis", "oversizedBodyBytes", "echoHeadersErrorPageStatus");

    private HostileAnswersConfig() {}

    /** Applies what the node sets; an API named with an empty object becomes honest again. */
    static void apply(HostileAnswers h, JsonNode node) {
        ConfigNodes.requireObject(node, "faults.hostile");
        ConfigNodes.checkKeys(node, TOP, "faults.hostile");
        if (node.has("longTextLength")) {
            h.longTexts(node.get("longTextLength").asInt());
        }
        if (node.has("tokenFailsEveryNthCall") || node.has("tokenFirstFailingCall")) {
            int n = node.has("tokenFailsEveryNthCall")
                    ? node.get("tokenFailsEveryNthCall").asInt()
                    : h.tokenFailsEveryNthCall();
            h.tokenFailsEveryNthCall(n, node.path("tokenFirstFailingCall").asInt(n));
        }
        JsonNode apis = node.get("apis");
        if (apis == null || apis.isNull()) {
            return;
        }
        ConfigNodes.requireObject(apis, "faults.hostile.apis");
        for (Iterator<Map.Entry<String, JsonNode>> it = apis.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            SimulatedApi api = SimulatedApi.fromJson(e.getKey());
            JsonNode a = e.getValue();
            String what = "faults.hostile.apis." + e.getKey();
            ConfigNodes.requireObject(a, what);
            ConfigNodes.checkKeys(a, API, what);
            if (a.isEmpty()) {
                h.honest(api);
            }
            if (a.has("trickleBytes")) {
                int bytes = a.get("trickleBytes").asInt();
                long millis = a.path("trickleIntervalMillis").asLong(0);
                if (bytes == 0) {
                    h.noTrickle(api);
                } else {
                    h.trickle(api, bytes, Duration.ofMillis(millis));
                }
            }
            if (a.has("oversizedBodyBytes")) {
                h.oversizedBody(api, a.get("oversizedBodyBytes").asLong());
            }
            if (a.has("echoHeadersErrorPageStatus")) {
                h.echoHeadersErrorPage(api, a.get("echoHeadersErrorPageStatus").asInt());
            }
        }
    }

    static ObjectNode json(HostileAnswers h) {
        ObjectNode o = Json.object();
        o.put("longTextLength", h.longTextLength());
        o.put("tokenFailsEveryNthCall", h.tokenFailsEveryNthCall());
        o.put("tokenFirstFailingCall", h.tokenFirstFailingCall());
        ObjectNode apis = o.putObject("apis");
        h.all().forEach((api, s) -> {
            ObjectNode a = apis.putObject(api.jsonValue());
            a.put("trickleBytes", s.trickleBytes());
            a.put("trickleIntervalMillis", s.trickleInterval().toMillis());
            a.put("oversizedBodyBytes", s.oversizedBodyBytes());
            a.put("echoHeadersErrorPageStatus", s.echoPageStatus());
        });
        return o;
    }
}
