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
