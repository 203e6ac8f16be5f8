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
package io.github.camelsfmc.journey.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One contact entering a journey: the body of {@code POST /interaction/v1/events}, with the field names SFMC
 * documents ({@code ContactKey}, {@code EventDefinitionKey}, {@code Data}).
 * <p>
 * A route may send this as the message body to state the contact key explicitly; the event definition key is then
 * taken from the endpoint (or the per-message header) unless set here.
 */
@JsonPropertyOrder({"ContactKey", "EventDefinitionKey", "Data"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EntryEvent {

    @JsonProperty("ContactKey")
    private String contactKey;

    @JsonProperty("EventDefinitionKey")
    private String eventDefinitionKey;

    @JsonProperty("Data")
    private Map<String, Object> data = new LinkedHashMap<>();

    public EntryEvent() {}

    public EntryEvent(String contactKey, Map<String, ?> data) {
        this.contactKey = contactKey;
        if (data != null) {
            this.data.putAll(data);
        }
    }

    public static EntryEvent of(String contactKey) {
        return new EntryEvent(contactKey, null);
    }

    /** Adds one {@code Data} attribute; the name must match the entry data extension field exactly. */
    public EntryEvent with(String field, Object value) {
        data.put(field, value);
        return this;
    }

    public String getContactKey() {
        return contactKey;
    }

    public void setContactKey(String contactKey) {
        this.contactKey = contactKey;
    }

    public String getEventDefinitionKey() {
        return eventDefinitionKey;
    }

    public void setEventDefinitionKey(String eventDefinitionKey) {
        this.eventDefinitionKey = eventDefinitionKey;
    }

    public Map<String, Object> getData() {
        return data;
    }

    public void setData(Map<String, Object> data) {
        this.data = data != null ? data : new LinkedHashMap<>();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntryEvent that
                && Objects.equals(contactKey, that.contactKey)
                && Objects.equals(eventDefinitionKey, that.eventDefinitionKey)
                && Objects.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactKey, eventDefinitionKey, data);
    }

    @Override
    public String toString() {
        return "EntryEvent[ContactKey=" + contactKey + ", EventDefinitionKey=" + eventDefinitionKey + ", Data fields="
                + data.keySet() + "]";
    }
}
