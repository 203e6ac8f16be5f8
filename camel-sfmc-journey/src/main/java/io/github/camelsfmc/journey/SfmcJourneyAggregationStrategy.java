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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.Metadata;

/**
 * Collects single contacts into one batch for the sfmc-journey producer. The batch is a plain {@link ArrayList} kept in
 * the message <em>body</em>, never in exchange properties: persistent aggregation repositories (camel-sql JDBC, and
 * others) store only body and headers, so a batch held in a property would be lost on a crash or restart.
 * <p>
 * Each element is the contact's body as it arrived. When a contact carries its key in the
 * {@code CamelSfmcJourneyContactKey} header and its body is a {@link Map}, the key is copied into the element under
 * {@code contactKeyField}, because per-message headers do not survive aggregation.
 * <p>
 * Use it with {@code completionSize(100)} (the SFMC maximum per request), a {@code completionTimeout} so a partial
 * batch does not wait forever, and {@code forceCompletionOnStop} so stopping the route sends the partial batch
 * instead of dropping it.
 */
@Metadata(
        label = "bean",
        description = "Collects single contacts into a List body (kept in the body, so persistent aggregation"
                + " repositories keep it) for batch entry with the sfmc-journey component.",
        annotations = {"interfaceName=org.apache.camel.AggregationStrategy"})
@Configurer(metadataOnly = true)
public class SfmcJourneyAggregationStrategy implements AggregationStrategy {

    @Metadata(
            description = "The field that receives the ContactKey header of a Map contact",
            defaultValue = "ContactKey")
    private String contactKeyField = "ContactKey";

    @Override
    @SuppressWarnings("unchecked")
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        Object contact = contact(newExchange);
        if (oldExchange == null) {
            List<Object> batch = new ArrayList<>();
            batch.add(contact);
            newExchange.getMessage().setBody(batch);
            newExchange.getMessage().removeHeader(SfmcJourneyConstants.CONTACT_KEY);
            return newExchange;
        }
        List<Object> batch = oldExchange.getMessage().getBody(List.class);
        batch.add(contact);
        return oldExchange;
    }

    private Object contact(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        String contactKey = exchange.getMessage().getHeader(SfmcJourneyConstants.CONTACT_KEY, String.class);
        if (contactKey != null && body instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.put(contactKeyField, contactKey);
            return copy;
        }
        return body;
    }

    public String getContactKeyField() {
        return contactKeyField;
    }

    /**
     * The field that receives the ContactKey header of a Map contact; it must match the endpoint's contactKeyField.
     */
    public void setContactKeyField(String contactKeyField) {
        this.contactKeyField = contactKeyField;
    }
}
