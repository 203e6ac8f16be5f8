package io.github.camelsfmc.benchmarks;

import io.github.camelsfmc.journey.SfmcJourneyException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** One contact per exchange, straight to sfmc-journey: the component's single-entry mode. */
public final class SingleEntryRoute extends RouteBuilder {

    public static final String INPUT = "direct:single";

    private final String sfmcJourneyUri;
    private final DeliveryCounter counter;

    public SingleEntryRoute(SimulatorTarget target, DeliveryCounter counter) {
        this(target.sfmcJourneyUri(""), counter);
    }

    public SingleEntryRoute(String sfmcJourneyUri, DeliveryCounter counter) {
        this.sfmcJourneyUri = sfmcJourneyUri;
        this.counter = counter;
    }

    @Override
    public void configure() {
        onException(SfmcJourneyException.class).handled(true)
                .process(e -> counter.failed(1, e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));

        from(INPUT).routeId("sfmc-journey-single")
                .to(sfmcJourneyUri)
                .process(e -> counter.delivered(1));
    }
}
