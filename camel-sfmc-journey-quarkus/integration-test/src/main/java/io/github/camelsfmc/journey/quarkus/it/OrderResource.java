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

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import io.github.camelsfmc.journey.SfmcJourneyConstants;
import io.github.camelsfmc.journey.model.SfmcJourneyException;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The shop's order endpoint. It answers with what Marketing Cloud said: the event instance id of the entry, or the
 * queued count of a batch; a contact SFMC would refuse is answered 422, an SFMC failure 502.
 */
@Path("/orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    ProducerTemplate producerTemplate;

    @POST
    public Response place(Order order) {
        Exchange exchange =
                producerTemplate.send("direct:order-placed", e -> e.getMessage().setBody(order));
        if (exchange.getException() != null) {
            return failure(exchange.getException());
        }
        String eventInstanceId = exchange.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, String.class);
        return Response.accepted(Map.of("orderId", order.orderId(), "eventInstanceId", eventInstanceId))
                .build();
    }

    @POST
    @Path("/batch")
    public Response importOrders(List<Order> orders) {
        Exchange exchange = producerTemplate.send(
                "direct:orders-imported", e -> e.getMessage().setBody(orders));
        if (exchange.getException() != null) {
            return failure(exchange.getException());
        }
        Integer queued = exchange.getMessage().getHeader(SfmcJourneyConstants.QUEUED_COUNT, Integer.class);
        return Response.accepted(Map.of("queued", queued)).build();
    }

    private static Response failure(Exception exception) {
        if (exception instanceof SfmcJourneyValidationException) {
            return Response.status(422)
                    .entity(Map.of("error", exception.getMessage()))
                    .build();
        }
        if (exception instanceof SfmcJourneyException sfmc) {
            return Response.status(Response.Status.BAD_GATEWAY)
                    .entity(Map.of("error", String.valueOf(sfmc.getSfmcMessage())))
                    .build();
        }
        return Response.serverError()
                .entity(Map.of("error", exception.getClass().getName()))
                .build();
    }
}
