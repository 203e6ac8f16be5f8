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
package io.github.camelsfmc.simulator;

import java.io.IOException;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Receives every HTTP request and does what all resources share, once, in this order: count it, pick the
 * {@link Route}, check {@code /_sim} access, apply faults ({@link FaultInjector}), check the bearer token, check
 * the method, parse a JSON object body; then hands the request to the route's {@link Handler}.
 * <p>
 * To add an API resource: write a {@link Handler} and add a {@link Route} to {@link #routes}. The first matching
 * route wins; a path no route matches is an authenticated REST call that ends in 404.
 */
final class Router implements HttpHandler {
    private final SimulatorState state;
    private final FaultInjector faults;
    private final InspectionGuard inspectionGuard;
    private final List<Route> routes;
    private final Route unknown = Route.matching("unknown", p -> true);

    Router(SimulatorState state, FaultInjector faults, InspectionGuard inspectionGuard) {
        this.state = state;
        this.faults = faults;
        this.inspectionGuard = inspectionGuard;
        this.routes = List.of(
                Route.matching("/_sim", p -> p.startsWith("/_sim/") || p.equals("/_sim"))
                        .access(Route.Access.INSPECTION)
                        .faults(Route.FaultScope.NONE)
                        .anyMethod(new InspectionHandler(state)),
                Route.exact("/v2/token")
                        .access(Route.Access.OPEN)
                        .api(SimulatedApi.TOKEN)
                        .faults(Route.FaultScope.TOKEN)
                        .countedAs(c -> c.tokenRequests)
                        .post(new TokenHandler(state)),
                Route.exact("/interaction/v1/events")
                        .api(SimulatedApi.SINGLE_ENTRY)
                        .faults(Route.FaultScope.ENTRY)
                        .countedAs(c -> c.singleEventRequests)
                        .jsonObjectBody()
                        .post(new SingleEventHandler(state)),
                Route.exact("/interaction/v1/async/events")
                        .api(SimulatedApi.BATCH_ENTRY)
                        .faults(Route.FaultScope.ENTRY)
                        .countedAs(c -> c.batchEventRequests)
                        .jsonObjectBody()
                        .post(new BatchEventsHandler(state)),
                Route.exact("/interaction/v1/async/events/status")
                        .api(SimulatedApi.BATCH_STATUS)
                        .get(new BatchStatusHandler(state)),
                Route.matching(
                                "/interaction/v1/eventDefinitions/{ref}",
                                p -> segmentCount(p) == 4 && p.startsWith("/interaction/v1/eventdefinitions/"))
                        .api(SimulatedApi.EVENT_DEFINITION)
                        .get(new EventDefinitionHandler(state)),
                Route.exact("/interaction/v1/interactions/contactMembership")
                        .api(SimulatedApi.CONTACT_MEMBERSHIP)
                        .jsonObjectBody()
                        .post(new ContactMembershipHandler(state)),
                Route.exact("/interaction/v1/interactions/journeyhistory/search")
                        .api(SimulatedApi.JOURNEY_HISTORY)
                        .jsonObjectBody()
                        .post(new JourneyHistoryHandler(state)),
                Route.exact("/interaction/v1/interactions")
                        .api(SimulatedApi.INTERACTIONS)
                        .get(new InteractionsHandler(state)),
                Route.matching(
                                "/data/v1/customobjects/{id}/fields",
                                p -> segmentCount(p) == 5
                                        && p.startsWith("/data/v1/customobjects/")
                                        && p.endsWith("/fields"))
                        .api(SimulatedApi.DATA_EXTENSION_FIELDS)
                        .get(new DataExtensionFieldsHandler(state)));
    }

    @Override
    public void handle(HttpExchange ex) {
        try {
            dispatch(ex);
        } catch (Throwable t) {
            Request.fail(ex, t);
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        Request req = new Request(state, ex);
        state.counters.total.increment();
        Route route = route(req.lowerPath);
        route.count(state.counters);
        if (route.access() == Route.Access.INSPECTION && !inspectionGuard.admit(req)) {
            return;
        }
        faults.apply(req, route.faults(), route.api(), () -> answer(req, route));
    }

    /** After faults: authenticate, check the method and the body, run the handler. */
    private void answer(Request req, Route route) throws IOException {
        if (route.access() == Route.Access.BEARER) {
            TokenStore.TokenInfo token = state.tokens.valid(bearer(req));
            if (token == null) {
                Errors.notAuthorized(req);
                return;
            }
            req.token(token);
        }
        Handler handler = route.handler(req.method);
        if (handler == null) {
            Errors.notFound(req);
            return;
        }
        if (route.wantsJsonObjectBody()) {
            var body = req.json();
            if (body == null || !body.isObject()) {
                Errors.badJson(req);
                return;
            }
        }
        handler.handle(req);
    }

    private Route route(String lowerPath) {
        for (Route r : routes) {
            if (r.matchesLowerPath.test(lowerPath)) {
                return r;
            }
        }
        return unknown;
    }

    private static String bearer(Request req) {
        String h = req.header("Authorization");
        if (h == null) {
            return null;
        }
        h = h.trim();
        if (h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return h.substring(7).trim();
        }
        return null;
    }

    private static int segmentCount(String path) {
        int n = 0;
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                n++;
            }
        }
        return n;
    }
}
