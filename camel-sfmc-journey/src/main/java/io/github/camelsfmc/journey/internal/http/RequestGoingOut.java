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
package io.github.camelsfmc.journey.internal.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * Notes the moment a call's request is handed to a connected connection, right after the client's connect step: from
 * then on the server may have it. Before it (waiting for a pooled connection, connecting, TLS, a proxy tunnel) nothing
 * of the request was written. The request producer cannot tell: the client asks it for the request before it even
 * leases a connection.
 */
final class RequestGoingOut implements AsyncExecChainHandler {

    private static final String ATTRIBUTE = RequestGoingOut.class.getName();

    private RequestGoingOut() {}

    static void install(HttpAsyncClientBuilder client) {
        client.addExecInterceptorAfter(ChainElement.CONNECT.name(), "sfmc-request-going-out", new RequestGoingOut());
    }

    /** A context for one attempt, whose request sets {@code goingOut} once it is about to be written. */
    static HttpClientContext noting(AtomicBoolean goingOut) {
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(ATTRIBUTE, goingOut);
        return context;
    }

    @Override
    public void execute(
            HttpRequest request,
            AsyncEntityProducer entityProducer,
            AsyncExecChain.Scope scope,
            AsyncExecChain chain,
            AsyncExecCallback callback)
            throws HttpException, IOException {
        if (scope.clientContext.getAttribute(ATTRIBUTE) instanceof AtomicBoolean goingOut) {
            goingOut.set(true);
        }
        chain.proceed(request, entityProducer, scope, callback);
    }
}
