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
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code POST /interaction/v1/events}: one contact into one journey; 201 with its eventInstanceId. */
final class SingleEventHandler implements Handler {
    private final SimulatorState state;

    SingleEventHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(Request req) throws IOException {
        JsonNode body = req.json();
        String contactKey = Json.text(body, "ContactKey");
        if (contactKey == null) {
            Errors.send(req, 400, "ContactKey is required.", 10002);
            return;
        }
        String key = Json.text(body, "EventDefinitionKey");
        if (key == null) {
            Errors.send(req, 400, "EventDefinitionKey is required.", 10002);
            return;
        }
        Journey journey = state.findJourney(key);
        if (!Errors.journeyVisible(req, journey, key)) {
            return;
        }
        JsonNode data = Json.prop(body, "Data");
        if (data != null && !data.isNull() && !data.isObject()) {
            Errors.send(req, 400, "Data must be a JSON object of data extension fields.", 10001);
            return;
        }
        if (journey.rejectUnknownFields()) {
            String unknown = AdmissionRules.unknownField(journey, data);
            if (unknown != null) {
                Errors.send(req, 400, unknown, 10001);
                return;
            }
        }
        String eventInstanceId = Ids.uuid();
        Ledger.Admission admission =
                state.ledger.admit(journey, contactKey, data, eventInstanceId, null, EntryChannel.SINGLE);
        if (state.statusApi.listsSingleEntries()) {
            listStatus(journey, key, contactKey, eventInstanceId, admission);
        }
        ObjectNode b = Json.object();
        b.put("eventInstanceId", eventInstanceId);
        req.send(201, b);
    }

    /** The single entry's status, as the status API shows it when {@link StatusApiSettings#listsSingleEntries}. */
    private void listStatus(
            Journey journey, String key, String contactKey, String eventInstanceId, Ledger.Admission admission) {
        Instant now = state.clock.instant();
        String status = admission.held()
                ? BatchMemberStatus.QUEUED
                : admission.entered() ? BatchMemberStatus.PROCESSED : BatchMemberStatus.ERRORED;
        String errorcode = BatchMemberStatus.ERRORED.equals(status) ? BatchStatuses.NOT_ADMITTED_ERRORCODE : null;
        String message = errorcode == null ? null : admission.reason() + ": " + admission.detail();
        state.ledger.recordBatchStatus(new BatchMemberStatus(
                eventInstanceId, null, contactKey, key, journey.mid(), status, errorcode, message, now, now, null));
    }
}
