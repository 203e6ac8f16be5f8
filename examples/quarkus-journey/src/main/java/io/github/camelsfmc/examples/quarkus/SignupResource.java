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
package io.github.camelsfmc.examples.quarkus;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import io.github.camelsfmc.journey.SfmcJourneyConstants;
import io.github.camelsfmc.journey.model.SfmcJourneyValidationException;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /signups}: hands the sign-up to the YAML route, which enters it into the welcome journey. */
@Path("/signups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {

    @Inject
    ProducerTemplate producerTemplate;

    @POST
    public Response signUp(Signup signup) {
        Exchange exchange =
                producerTemplate.send("direct:signup", e -> e.getMessage().setBody(signup.toJourneyContact()));
        Exception failure = exchange.getException();
        if (failure instanceof SfmcJourneyValidationException) {
            return Response.status(422)
                    .entity(Map.of("error", failure.getMessage()))
                    .build();
        }
        if (failure != null) {
            return Response.status(Response.Status.BAD_GATEWAY)
                    .entity(Map.of("error", failure.getMessage()))
                    .build();
        }
        String eventInstanceId = exchange.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, String.class);
        return Response.accepted(Map.of("eventInstanceId", eventInstanceId)).build();
    }
}
