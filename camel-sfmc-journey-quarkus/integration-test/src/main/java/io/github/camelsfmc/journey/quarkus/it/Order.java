package io.github.camelsfmc.journey.quarkus.it;

import java.math.BigDecimal;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An order as the shop posts it. Only its customer goes to Marketing Cloud. */
@RegisterForReflection
public record Order(String orderId, BigDecimal total, Customer customer) {

    @RegisterForReflection
    public record Customer(String customerId, String firstName, String lastName, String email) {
    }
}
