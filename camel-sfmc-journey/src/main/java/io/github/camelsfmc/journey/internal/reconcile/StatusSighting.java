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
package io.github.camelsfmc.journey.internal.reconcile;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelsfmc.journey.internal.http.ServerText;

import static io.github.camelsfmc.journey.internal.status.StatusItemFields.date;
import static io.github.camelsfmc.journey.internal.status.StatusItemFields.text;

/**
 * What one status answer says of one contact: its entries created from the send time on that SFMC lists as queued or
 * processed, and a doubt when an item could be this entry but says something else (errored, an unknown status, no
 * readable date).
 *
 * @param entries  the entries found, oldest first
 * @param doubt    why what SFMC listed does not settle it, or null
 * @param complete false when SFMC listed more than the pages read
 */
record StatusSighting(List<Entry> entries, String doubt, boolean complete, Instant from) {

    /** An entry SFMC lists for the contact. */
    record Entry(String eventInstanceId, String requestId, String status, Instant created) {}

    /**
     * @param known the eventInstanceIds this exchange already has for other copies of the contact: not this entry
     */
    static StatusSighting of(
            StatusLook.Answer answer, String contactKey, String key, Set<String> known, ZoneId dateZone) {
        List<Entry> entries = new ArrayList<>();
        String doubt = null;
        for (JsonNode item : answer.items()) {
            String itemContact = text(item, "contactKey");
            String itemKey = text(item, "eventDefinitionKey");
            String id = text(item, "eventInstanceId");
            if ((itemContact != null && !itemContact.equals(contactKey))
                    || (itemKey != null && !itemKey.equalsIgnoreCase(key))
                    || (id != null && known.contains(id))) {
                continue;
            }
            Instant created = date(text(item, "createdDate"), dateZone);
            String status = text(item, "status");
            if (created == null) {
                doubt = "SFMC lists an entry of it without a readable createdDate";
            } else if (created.isBefore(answer.from())) {
                continue; // an earlier entry of the same contact
            } else if ("queued".equalsIgnoreCase(status) || "processed".equalsIgnoreCase(status)) {
                entries.add(new Entry(id, text(item, "requestId"), status.toLowerCase(Locale.ROOT), created));
            } else {
                doubt = "SFMC lists an entry of it created " + created + " as "
                        + ServerText.quote(status, 40, List.of())
                        + ("errored".equalsIgnoreCase(status) ? describeError(item) : "")
                        + ": SFMC received it, but it is not queued";
            }
        }
        entries.sort(Comparator.comparing(Entry::created));
        return new StatusSighting(entries, doubt, answer.complete(), answer.from());
    }

    private static String describeError(JsonNode item) {
        String code = text(item, "errorcode");
        String message = text(item, "message");
        return (code != null ? " (errorcode " + ServerText.quote(code, 40, List.of()) + ")" : "")
                + (message != null ? " " + ServerText.quote(message) : "");
    }
}
