package io.github.camelsfmc.examples.quarkus;

import java.util.Map;

import io.github.camelsfmc.journey.SfmcJourneyConstants;
import io.github.camelsfmc.journey.SfmcJourneyValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** {@code POST /signups}: hands the sign-up to the YAML route, which enters it into the welcome journey. */
@Path("/signups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {

    @Inject
    ProducerTemplate producerTemplate;

    @POST
    public Response signUp(Signup signup) {
        Exchange exchange = producerTemplate.send("direct:signup", e -> e.getMessage().setBody(signup.toJourneyContact()));
        Exception failure = exchange.getException();
        if (failure instanceof SfmcJourneyValidationException) {
            return Response.status(422).entity(Map.of("error", failure.getMessage())).build();
        }
        if (failure != null) {
            return Response.status(Response.Status.BAD_GATEWAY).entity(Map.of("error", failure.getMessage())).build();
        }
        String eventInstanceId = exchange.getMessage().getHeader(SfmcJourneyConstants.EVENT_INSTANCE_ID, String.class);
        return Response.accepted(Map.of("eventInstanceId", eventInstanceId)).build();
    }
}
