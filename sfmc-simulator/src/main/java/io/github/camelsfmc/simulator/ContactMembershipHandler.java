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
import java.util.SortedSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /interaction/v1/interactions/contactMembership} (sfmc-api.md 10.2): which journeys and versions each
 * contact is in now. Body {@code {"ContactKeyList": [...]}}, at most 50 keys. A contact that finished a journey
 * ({@link SfmcSimulator#finishJourney}) or never entered one is in {@code contactsNotFound}. The {@code results}
 * wrapper is an inference: the reference names the two lists, not the envelope. A token granted a scope without
 * {@code journeys_read} gets 403 errorcode 20002.
 */
final class ContactMembershipHandler implements Handler {
    static final int MAX_KEYS = 50;
    /** A read of journeys: a token requested with a scope that lacks it is refused. */
    static final String REQUIRED_SCOPE = "journeys_read";

    private final SimulatorState state;

    ContactMembershipHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        if (!req.token().hasScope(REQUIRED_SCOPE)) {
            // sfmc-api.md section 0: a token without the scope gets 403 errorcode 20002
            Errors.send(req, 403, "Insufficient privileges", 20002);
            return;
        }
        JsonNode keys = Json.prop(req.json(), "ContactKeyList");
        if (keys == null || !keys.isArray() || keys.isEmpty()) {
            Errors.send(req, 400, "ContactKeyList is required and must contain at least one contact key.", 10002);
            return;
        }
        if (keys.size() > MAX_KEYS) {
            Errors.send(
                    req,
                    400,
                    "ContactKeyList cannot contain more than " + MAX_KEYS + " contact keys; the request has "
                            + keys.size() + ".",
                    10005);
            return;
        }
        int mid = req.token().mid();
        ArrayNode memberships = Json.array();
        ArrayNode notFound = Json.array();
        for (JsonNode k : keys) {
            String contactKey = k.asText();
            boolean found = false;
            for (Journey j : state.journeys()) {
                if (j.mid() != mid) {
                    continue;
                }
                SortedSet<Integer> versions = state.ledger.membership(j.eventDefinitionKey(), contactKey);
                for (int version : versions) {
                    ObjectNode m = memberships.addObject();
                    m.put("contactKey", contactKey);
                    m.put("definitionKey", j.journeyKey());
                    m.put("version", version);
                    found = true;
                }
            }
            if (!found) {
                notFound.add(contactKey);
            }
        }
        ObjectNode b = Json.object();
        ObjectNode results = b.putObject("results");
        results.set("contactMemberships", memberships);
        results.set("contactsNotFound", notFound);
        req.send(200, b);
    }
}
