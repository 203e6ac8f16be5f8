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
package io.github.camelsfmc.journey.quarkus.it;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A customer in the shape of the journey's entry data extension: the field names are SFMC's, case-sensitively. The
 * component takes ContactKey as the contact key and sends the other fields as Data.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JourneyContact(
        @JsonProperty("ContactKey") String contactKey,
        @JsonProperty("FirstName") String firstName,
        @JsonProperty("LastName") String lastName,
        @JsonProperty("Email") String email) {

    public static JourneyContact of(Order order) {
        Order.Customer customer = order.customer();
        if (customer == null) {
            return new JourneyContact(null, null, null, null);
        }
        return new JourneyContact(customer.customerId(), customer.firstName(), customer.lastName(), customer.email());
    }
}
