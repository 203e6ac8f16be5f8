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
package io.github.camelsfmc.journey.dsl;

import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

/**
 * A typed builder for sfmc-journey endpoints, for routes written with Camel's Java endpoint DSL
 * ({@code EndpointRouteBuilder}, which needs {@code camel-endpointdsl} on the classpath):
 *
 * <pre>
 * from(jms("contacts")).to(sfmcJourney("Welcome-Event").clientId("{{sfmc.clientId}}").batchSize(50));
 * from(sfmcJourney("Welcome-Event").clientId("{{sfmc.clientId}}").statusType("errored")).to(jms("not-entered"));
 * </pre>
 *
 * Camel's build plugin generates these builders only for components inside the Camel repository, so this one is
 * written here; {@code SfmcJourneyEndpointBuilderFactoryTest} fails when an endpoint option has no method.
 */
public final class SfmcJourneyEndpointBuilderFactory {

    private SfmcJourneyEndpointBuilderFactory() {}

    /**
     * An sfmc-journey endpoint entering contacts through the API event with this event definition key, or, in from(),
     * reading the entry statuses of its batch entries.
     */
    public static SfmcJourneyEndpointBuilder sfmcJourney(String eventDefinitionKey) {
        return new Builder(eventDefinitionKey);
    }

    /**
     * The options of an sfmc-journey endpoint; see the component reference for each.
     */
    public interface SfmcJourneyEndpointBuilder extends EndpointConsumerBuilder, EndpointProducerBuilder {

        /**
         * The MID of the business unit the journey lives in, sent as account_id with the token request. Without it the
         * token is for the business unit that owns the installed package.
         */
        default SfmcJourneyEndpointBuilder accountId(String accountId) {
            doSetProperty("accountId", accountId);
            return this;
        }

        /**
         * The tenant subdomain (the 28-character part starting with mc of
         * https://{subdomain}.auth.marketingcloudapis.com). Required unless authUrl is set.
         */
        default SfmcJourneyEndpointBuilder subdomain(String subdomain) {
            doSetProperty("subdomain", subdomain);
            return this;
        }

        /**
         * The body field holding the ContactKey, matched exactly and then ignoring case. It is not sent in Data unless
         * contactKeyInData is true.
         */
        default SfmcJourneyEndpointBuilder contactKeyField(String contactKeyField) {
            doSetProperty("contactKeyField", contactKeyField);
            return this;
        }

        /**
         * Whether the contact key field of the body is also sent as a Data field, for entry data extensions that have a
         * field of that name.
         */
        default SfmcJourneyEndpointBuilder contactKeyInData(boolean contactKeyInData) {
            doSetProperty("contactKeyInData", contactKeyInData);
            return this;
        }

        /**
         * Whether the contact key field of the body is also sent as a Data field, for entry data extensions that have a
         * field of that name.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder contactKeyInData(String contactKeyInData) {
            doSetProperty("contactKeyInData", contactKeyInData);
            return this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
         * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
         * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
         * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
         * then creating and starting the producer may take a little time and prolong the total processing time of the
         * processing.
         */
        default SfmcJourneyEndpointBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
         * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
         * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
         * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
         * then creating and starting the producer may take a little time and prolong the total processing time of the
         * processing.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * The most SFMC API calls in flight at once for these credentials, shared by every endpoint of the component
         * that uses them (SFMC answers 429 errorcode 50200 to too many concurrent calls). Calls over the limit wait
         * without blocking a thread. 0 means no limit.
         */
        default SfmcJourneyEndpointBuilder maxConcurrentRequests(int maxConcurrentRequests) {
            doSetProperty("maxConcurrentRequests", maxConcurrentRequests);
            return this;
        }

        /**
         * The most SFMC API calls in flight at once for these credentials, shared by every endpoint of the component
         * that uses them (SFMC answers 429 errorcode 50200 to too many concurrent calls). Calls over the limit wait
         * without blocking a thread. 0 means no limit.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder maxConcurrentRequests(String maxConcurrentRequests) {
            doSetProperty("maxConcurrentRequests", maxConcurrentRequests);
            return this;
        }

        /**
         * How many times a failed SFMC call is retried: 429 and 503 after their Retry-After, 500, 502, 504 and calls
         * that could not be sent (connection refused, connect timeout, token endpoint unreachable) after an exponential
         * backoff with jitter. Other 4xx answers are never retried. 0 disables retries.
         */
        default SfmcJourneyEndpointBuilder maximumRetries(int maximumRetries) {
            doSetProperty("maximumRetries", maximumRetries);
            return this;
        }

        /**
         * How many times a failed SFMC call is retried: 429 and 503 after their Retry-After, 500, 502, 504 and calls
         * that could not be sent (connection refused, connect timeout, token endpoint unreachable) after an exponential
         * backoff with jitter. Other 4xx answers are never retried. 0 disables retries.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder maximumRetries(String maximumRetries) {
            doSetProperty("maximumRetries", maximumRetries);
            return this;
        }

        /**
         * The most SFMC API calls started per second for these credentials (clientId, business unit and scope), shared
         * by every endpoint of the component that uses them. Calls over the limit wait without blocking a thread. 0
         * means no limit.
         */
        default SfmcJourneyEndpointBuilder maxRequestsPerSecond(double maxRequestsPerSecond) {
            doSetProperty("maxRequestsPerSecond", maxRequestsPerSecond);
            return this;
        }

        /**
         * The most SFMC API calls started per second for these credentials (clientId, business unit and scope), shared
         * by every endpoint of the component that uses them. Calls over the limit wait without blocking a thread. 0
         * means no limit.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder maxRequestsPerSecond(String maxRequestsPerSecond) {
            doSetProperty("maxRequestsPerSecond", maxRequestsPerSecond);
            return this;
        }

        /**
         * The backoff before the first retry when SFMC gave no Retry-After, in milliseconds. It doubles with each retry
         * (with jitter) up to retryMaxDelay.
         */
        default SfmcJourneyEndpointBuilder retryInitialDelay(long retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * The backoff before the first retry when SFMC gave no Retry-After, in milliseconds. It doubles with each retry
         * (with jitter) up to retryMaxDelay.
         * <p>
         * The value as text, for example 30s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder retryInitialDelay(String retryInitialDelay) {
            doSetProperty("retryInitialDelay", retryInitialDelay);
            return this;
        }

        /**
         * The longest wait before a retry, in milliseconds. It caps the exponential backoff; a Retry-After longer than
         * this is not waited for: the call fails at once with the exception's retryAfter set, for the route's redelivery
         * policy or dead-letter channel to handle.
         */
        default SfmcJourneyEndpointBuilder retryMaxDelay(long retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * The longest wait before a retry, in milliseconds. It caps the exponential backoff; a Retry-After longer than
         * this is not waited for: the call fails at once with the exception's retryAfter set, for the route's redelivery
         * policy or dead-letter channel to handle.
         * <p>
         * The value as text, for example 30s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder retryMaxDelay(String retryMaxDelay) {
            doSetProperty("retryMaxDelay", retryMaxDelay);
            return this;
        }

        /**
         * Whether an entry call whose outcome is unknown (no answer within requestTimeout, or the connection dropped
         * after the request was sent) is retried too. SFMC may have queued such a call, and entry events are not
         * idempotent, so a retry can enter a contact twice: enable it only when a duplicate entry is acceptable.
         */
        default SfmcJourneyEndpointBuilder retryOnUnknownOutcome(boolean retryOnUnknownOutcome) {
            doSetProperty("retryOnUnknownOutcome", retryOnUnknownOutcome);
            return this;
        }

        /**
         * Whether an entry call whose outcome is unknown (no answer within requestTimeout, or the connection dropped
         * after the request was sent) is retried too. SFMC may have queued such a call, and entry events are not
         * idempotent, so a retry can enter a contact twice: enable it only when a duplicate entry is acceptable.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder retryOnUnknownOutcome(String retryOnUnknownOutcome) {
            doSetProperty("retryOnUnknownOutcome", retryOnUnknownOutcome);
            return this;
        }

        /**
         * Whether an entry whose outcome is unknown (no answer within requestTimeout, the connection dropped after the
         * request was sent, an unreadable answer) is checked with SFMC before the exchange completes: the status API
         * by contactKey and eventDefinitionKey from the send time, and contactMembership for a single entry. A contact
         * SFMC lists is reported queued; one not found in any look until reconcileTimeout is reported not received,
         * safe to resend; anything else stays unknown. The exchange is held meanwhile (at most reconcileTimeout plus
         * one requestTimeout).
         */
        default SfmcJourneyEndpointBuilder reconcileUnknownOutcome(boolean reconcileUnknownOutcome) {
            doSetProperty("reconcileUnknownOutcome", reconcileUnknownOutcome);
            return this;
        }

        /**
         * Whether an entry whose outcome is unknown (no answer within requestTimeout, the connection dropped after the
         * request was sent, an unreadable answer) is checked with SFMC before the exchange completes: the status API
         * by contactKey and eventDefinitionKey from the send time, and contactMembership for a single entry. A contact
         * SFMC lists is reported queued; one not found in any look until reconcileTimeout is reported not received,
         * safe to resend; anything else stays unknown. The exchange is held meanwhile (at most reconcileTimeout plus
         * one requestTimeout).
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder reconcileUnknownOutcome(String reconcileUnknownOutcome) {
            doSetProperty("reconcileUnknownOutcome", reconcileUnknownOutcome);
            return this;
        }

        /**
         * With reconcileUnknownOutcome: how long to wait after the failed entry call before the first look, in
         * milliseconds. SFMC needs time before an entry shows in the status API and in contactMembership.
         */
        default SfmcJourneyEndpointBuilder reconcileDelay(long reconcileDelay) {
            doSetProperty("reconcileDelay", reconcileDelay);
            return this;
        }

        /**
         * With reconcileUnknownOutcome: how long to wait after the failed entry call before the first look, in
         * milliseconds. SFMC needs time before an entry shows in the status API and in contactMembership.
         * <p>
         * The value as text, for example 10s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder reconcileDelay(String reconcileDelay) {
            doSetProperty("reconcileDelay", reconcileDelay);
            return this;
        }

        /**
         * With reconcileUnknownOutcome: the time between two looks at SFMC for contacts not found yet, in
         * milliseconds.
         */
        default SfmcJourneyEndpointBuilder reconcileInterval(long reconcileInterval) {
            doSetProperty("reconcileInterval", reconcileInterval);
            return this;
        }

        /**
         * With reconcileUnknownOutcome: the time between two looks at SFMC for contacts not found yet, in
         * milliseconds.
         * <p>
         * The value as text, for example 15s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder reconcileInterval(String reconcileInterval) {
            doSetProperty("reconcileInterval", reconcileInterval);
            return this;
        }

        /**
         * With reconcileUnknownOutcome: how long after the failed entry call SFMC is asked, in milliseconds. A contact
         * not found by then, every look having succeeded, is reported not received; the exchange completes at the
         * latest one requestTimeout later.
         */
        default SfmcJourneyEndpointBuilder reconcileTimeout(long reconcileTimeout) {
            doSetProperty("reconcileTimeout", reconcileTimeout);
            return this;
        }

        /**
         * With reconcileUnknownOutcome: how long after the failed entry call SFMC is asked, in milliseconds. A contact
         * not found by then, every look having succeeded, is reported not received; the exchange completes at the
         * latest one requestTimeout later.
         * <p>
         * The value as text, for example 3m, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder reconcileTimeout(String reconcileTimeout) {
            doSetProperty("reconcileTimeout", reconcileTimeout);
            return this;
        }

        /**
         * The auth base URL, overriding the one derived from subdomain. Meant for tests against a local simulator.
         */
        default SfmcJourneyEndpointBuilder authUrl(String authUrl) {
            doSetProperty("authUrl", authUrl);
            return this;
        }

        /**
         * How long to wait for a TCP/TLS connection to SFMC, in milliseconds.
         */
        default SfmcJourneyEndpointBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * How long to wait for a TCP/TLS connection to SFMC, in milliseconds.
         * <p>
         * The value as text, for example 30s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * A hook to customise the Apache HttpClient 5 async client builder and its connection manager builder after
         * the component has applied its own options.
         */
        default SfmcJourneyEndpointBuilder httpClientConfigurer(
                io.github.camelsfmc.journey.SfmcJourneyHttpClientConfigurer httpClientConfigurer) {
            doSetProperty("httpClientConfigurer", httpClientConfigurer);
            return this;
        }

        /**
         * A hook to customise the Apache HttpClient 5 async client, as a reference such as #myConfigurer.
         */
        default SfmcJourneyEndpointBuilder httpClientConfigurer(String httpClientConfigurer) {
            doSetProperty("httpClientConfigurer", httpClientConfigurer);
            return this;
        }

        /**
         * A pooled connection idle for longer than this (milliseconds) is never reused, and is closed in the
         * background. Keep it below the idle timeout of every load balancer or proxy on the way to SFMC.
         */
        default SfmcJourneyEndpointBuilder connectionIdleTimeout(long connectionIdleTimeout) {
            doSetProperty("connectionIdleTimeout", connectionIdleTimeout);
            return this;
        }

        /**
         * A pooled connection idle for longer than this (milliseconds) is never reused, and is closed in the
         * background. Keep it below the idle timeout of every load balancer or proxy on the way to SFMC.
         * <p>
         * The value as text, for example 30s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder connectionIdleTimeout(String connectionIdleTimeout) {
            doSetProperty("connectionIdleTimeout", connectionIdleTimeout);
            return this;
        }

        /**
         * A pooled HTTP/2 connection idle for longer than this (milliseconds) is pinged before it is used. Apache
         * HttpClient 5.5 does not check HTTP/1.1 connections: connectionIdleTimeout keeps those from going stale.
         */
        default SfmcJourneyEndpointBuilder validateAfterInactivity(long validateAfterInactivity) {
            doSetProperty("validateAfterInactivity", validateAfterInactivity);
            return this;
        }

        /**
         * A pooled HTTP/2 connection idle for longer than this (milliseconds) is pinged before it is used. Apache
         * HttpClient 5.5 does not check HTTP/1.1 connections: connectionIdleTimeout keeps those from going stale.
         * <p>
         * The value as text, for example 30s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder validateAfterInactivity(String validateAfterInactivity) {
            doSetProperty("validateAfterInactivity", validateAfterInactivity);
            return this;
        }

        /**
         * A connection older than this (milliseconds) is not reused; 0 means no limit.
         */
        default SfmcJourneyEndpointBuilder connectionTimeToLive(long connectionTimeToLive) {
            doSetProperty("connectionTimeToLive", connectionTimeToLive);
            return this;
        }

        /**
         * A connection older than this (milliseconds) is not reused; 0 means no limit.
         * <p>
         * The value as text, for example 30s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder connectionTimeToLive(String connectionTimeToLive) {
            doSetProperty("connectionTimeToLive", connectionTimeToLive);
            return this;
        }

        /**
         * The user name for an HTTP proxy that requires authentication.
         */
        default SfmcJourneyEndpointBuilder proxyUsername(String proxyUsername) {
            doSetProperty("proxyUsername", proxyUsername);
            return this;
        }

        /**
         * The password for an HTTP proxy that requires authentication.
         */
        default SfmcJourneyEndpointBuilder proxyPassword(String proxyPassword) {
            doSetProperty("proxyPassword", proxyPassword);
            return this;
        }

        /**
         * The Jackson ObjectMapper used to read bodies and write Data values. By default a private mapper that writes
         * java.time values as ISO-8601 strings. A custom mapper must not rename properties, or SFMC will not recognise
         * them.
         */
        default SfmcJourneyEndpointBuilder objectMapper(com.fasterxml.jackson.databind.ObjectMapper objectMapper) {
            doSetProperty("objectMapper", objectMapper);
            return this;
        }

        /**
         * How long to wait for SFMC's answer to an API call, in milliseconds. A timed-out entry event has an unknown
         * outcome and is not retried automatically.
         */
        default SfmcJourneyEndpointBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * How long to wait for SFMC's answer to an API call, in milliseconds. A timed-out entry event has an unknown
         * outcome and is not retried automatically.
         * <p>
         * The value as text, for example 30s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * The REST base URL, overriding the rest_instance_url of the token response (which is the right one for real
         * SFMC).
         */
        default SfmcJourneyEndpointBuilder restUrl(String restUrl) {
            doSetProperty("restUrl", restUrl);
            return this;
        }

        /**
         * How many batch requests of one message may be in flight at once when a List is split into several requests.
         */
        default SfmcJourneyEndpointBuilder batchConcurrency(int batchConcurrency) {
            doSetProperty("batchConcurrency", batchConcurrency);
            return this;
        }

        /**
         * How many batch requests of one message may be in flight at once when a List is split into several requests.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder batchConcurrency(String batchConcurrency) {
            doSetProperty("batchConcurrency", batchConcurrency);
            return this;
        }

        /**
         * The most contacts sent in one batch request when the body is a List. SFMC accepts at most 100; a longer list
         * is split into several requests.
         */
        default SfmcJourneyEndpointBuilder batchSize(int batchSize) {
            doSetProperty("batchSize", batchSize);
            return this;
        }

        /**
         * The most contacts sent in one batch request when the body is a List. SFMC accepts at most 100; a longer list
         * is split into several requests.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder batchSize(String batchSize) {
            doSetProperty("batchSize", batchSize);
            return this;
        }

        /**
         * What the producer does: enter (default) sends the contacts to the journey; confirmMembership asks SFMC's
         * contactMembership API, 50 contact keys a call, which of the contacts are in this event definition's journey
         * now, and puts the answer in headers.
         */
        default SfmcJourneyEndpointBuilder operation(String operation) {
            doSetProperty("operation", operation);
            return this;
        }

        /**
         * With operation=confirmMembership: whether the contacts contactMembership did not find are looked up in
         * Journey History (30 days), to tell those that entered and left (enteredAndLeft) from those without a row of
         * this journey (noHistoryFound). A history that cannot be read leaves them notFound, with a warning.
         */
        default SfmcJourneyEndpointBuilder journeyHistory(boolean journeyHistory) {
            doSetProperty("journeyHistory", journeyHistory);
            return this;
        }

        /**
         * Whether not-found contacts are looked up in Journey History.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder journeyHistory(String journeyHistory) {
            doSetProperty("journeyHistory", journeyHistory);
            return this;
        }

        /**
         * The total time, in milliseconds, the Journey History searches of one exchange may take; the contacts not
         * read by then stay notFound, with a warning.
         */
        default SfmcJourneyEndpointBuilder journeyHistoryTimeout(long journeyHistoryTimeout) {
            doSetProperty("journeyHistoryTimeout", journeyHistoryTimeout);
            return this;
        }

        /**
         * The total time the Journey History searches of one exchange may take.
         * <p>
         * The value as text (milliseconds or a duration such as 30s) or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder journeyHistoryTimeout(String journeyHistoryTimeout) {
            doSetProperty("journeyHistoryTimeout", journeyHistoryTimeout);
            return this;
        }

        /**
         * Whether a batch in which some contacts were rejected (by SFMC or by validation) fails the exchange, with the
         * rejected contacts in the exception. When false they are only reported in the CamelSfmcJourneyBatchResult
         * header and the exchange fails only for contacts whose request failed.
         */
        default SfmcJourneyEndpointBuilder failOnRejectedMembers(boolean failOnRejectedMembers) {
            doSetProperty("failOnRejectedMembers", failOnRejectedMembers);
            return this;
        }

        /**
         * Whether a batch in which some contacts were rejected (by SFMC or by validation) fails the exchange, with the
         * rejected contacts in the exception. When false they are only reported in the CamelSfmcJourneyBatchResult
         * header and the exchange fails only for contacts whose request failed.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder failOnRejectedMembers(String failOnRejectedMembers) {
            doSetProperty("failOnRejectedMembers", failOnRejectedMembers);
            return this;
        }

        /**
         * The host of an HTTP proxy to reach SFMC (token and REST calls) through.
         */
        default SfmcJourneyEndpointBuilder proxyHost(String proxyHost) {
            doSetProperty("proxyHost", proxyHost);
            return this;
        }

        /**
         * The port of the HTTP proxy named by proxyHost.
         */
        default SfmcJourneyEndpointBuilder proxyPort(Integer proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /**
         * The port of the HTTP proxy named by proxyHost.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder proxyPort(String proxyPort) {
            doSetProperty("proxyPort", proxyPort);
            return this;
        }

        /**
         * The client id of the Server-to-Server API integration in Setup, Apps, Installed Packages.
         */
        default SfmcJourneyEndpointBuilder clientId(String clientId) {
            doSetProperty("clientId", clientId);
            return this;
        }

        /**
         * The client secret of the installed package. Use a property placeholder or vault reference, never a literal in
         * source: it is masked in logs and endpoint URIs.
         */
        default SfmcJourneyEndpointBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", clientSecret);
            return this;
        }

        /**
         * Space-separated scopes to request, for example journeys_execute journeys_read data_extensions_read. Without it
         * the token gets every permission of the installed package.
         */
        default SfmcJourneyEndpointBuilder scope(String scope) {
            doSetProperty("scope", scope);
            return this;
        }

        /**
         * TLS settings (trust store, key store, protocols, cipher suites) for the calls to SFMC, as Camel
         * SSLContextParameters. Without it the JVM's default trust store is used.
         */
        default SfmcJourneyEndpointBuilder sslContextParameters(
                org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
            doSetProperty("sslContextParameters", sslContextParameters);
            return this;
        }

        /**
         * How long before expiry a cached token is replaced, in milliseconds. SFMC tokens live about 18 minutes; a token
         * is never refreshed before half its lifetime.
         */
        default SfmcJourneyEndpointBuilder tokenRefreshMargin(long tokenRefreshMargin) {
            doSetProperty("tokenRefreshMargin", tokenRefreshMargin);
            return this;
        }

        /**
         * How long before expiry a cached token is replaced, in milliseconds. SFMC tokens live about 18 minutes; a token
         * is never refreshed before half its lifetime.
         * <p>
         * The value as text, for example 2m, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder tokenRefreshMargin(String tokenRefreshMargin) {
            doSetProperty("tokenRefreshMargin", tokenRefreshMargin);
            return this;
        }

        /**
         * How many seconds before expiry a cached token is replaced.
         *
         * @deprecated use {@link #tokenRefreshMargin(long)} (milliseconds)
         */
        @Deprecated
        default SfmcJourneyEndpointBuilder tokenRefreshMarginSeconds(int tokenRefreshMarginSeconds) {
            doSetProperty("tokenRefreshMarginSeconds", tokenRefreshMarginSeconds);
            return this;
        }

        /**
         * How many seconds before expiry a cached token is replaced.
         * <p>
         * The value as text or a {{placeholder}}.
         *
         * @deprecated use {@link #tokenRefreshMargin(String)}
         */
        @Deprecated
        default SfmcJourneyEndpointBuilder tokenRefreshMarginSeconds(String tokenRefreshMarginSeconds) {
            doSetProperty("tokenRefreshMarginSeconds", tokenRefreshMarginSeconds);
            return this;
        }

        /**
         * How long to wait for the auth server's answer to a token request, in milliseconds.
         */
        default SfmcJourneyEndpointBuilder tokenTimeout(long tokenTimeout) {
            doSetProperty("tokenTimeout", tokenTimeout);
            return this;
        }

        /**
         * How long to wait for the auth server's answer to a token request, in milliseconds.
         * <p>
         * The value as text, for example 30s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder tokenTimeout(String tokenTimeout) {
            doSetProperty("tokenTimeout", tokenTimeout);
            return this;
        }

        /**
         * Checks when the endpoint starts that contacts can enter: the event definition key exists and is an API event,
         * a journey using it is running (its status and re-entry mode are reported), and the entry data extension's
         * fields. OFF skips it, WARN logs what it finds (once per change of state), STRICT fails the route start-up with
         * what to fix in Journey Builder. Needs Journeys Read and Data Extensions Read on the installed package.
         */
        default SfmcJourneyEndpointBuilder preflight(io.github.camelsfmc.journey.model.CheckMode preflight) {
            doSetProperty("preflight", preflight);
            return this;
        }

        /**
         * Checks when the endpoint starts that contacts can enter: the event definition key exists and is an API event,
         * a journey using it is running (its status and re-entry mode are reported), and the entry data extension's
         * fields. OFF skips it, WARN logs what it finds (once per change of state), STRICT fails the route start-up with
         * what to fix in Journey Builder. Needs Journeys Read and Data Extensions Read on the installed package.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder preflight(String preflight) {
            doSetProperty("preflight", preflight);
            return this;
        }

        /**
         * How many contact keys this endpoint remembers to flag a contact sent twice to a journey whose entry mode
         * forbids re-entry, kept only while preflight reports such a journey. The oldest are forgotten first, so memory
         * stays bounded (about 11 MB per 100000 keys of 10 characters); 0 turns the check off.
         */
        default SfmcJourneyEndpointBuilder reentryTrackingSize(int reentryTrackingSize) {
            doSetProperty("reentryTrackingSize", reentryTrackingSize);
            return this;
        }

        /**
         * How many contact keys this endpoint remembers to flag a contact sent twice to a journey whose entry mode
         * forbids re-entry, kept only while preflight reports such a journey. The oldest are forgotten first, so memory
         * stays bounded (about 11 MB per 100000 keys of 10 characters); 0 turns the check off.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder reentryTrackingSize(String reentryTrackingSize) {
            doSetProperty("reentryTrackingSize", reentryTrackingSize);
            return this;
        }

        /**
         * The total time, in milliseconds, one preflight may take; when it is over, what was not read is unknown and
         * contacts are sent unchecked, each with a warning. The first contacts, and a route start with
         * preflight=strict, wait for the first preflight at most this long.
         */
        default SfmcJourneyEndpointBuilder preflightTimeout(long preflightTimeout) {
            doSetProperty("preflightTimeout", preflightTimeout);
            return this;
        }

        /**
         * The total time one preflight may take.
         * <p>
         * The value as text (milliseconds or a duration such as 30s) or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder preflightTimeout(String preflightTimeout) {
            doSetProperty("preflightTimeout", preflightTimeout);
            return this;
        }

        /**
         * Whether a contact whose Data has no value for the event definition's sendable field (the field Journey
         * Builder takes the contact key from) gets the ContactKey there; off, such a contact is refused in STRICT.
         */
        default SfmcJourneyEndpointBuilder fillSendableField(boolean fillSendableField) {
            doSetProperty("fillSendableField", fillSendableField);
            return this;
        }

        /**
         * Whether a missing sendable-field value is filled from the ContactKey.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder fillSendableField(String fillSendableField) {
            doSetProperty("fillSendableField", fillSendableField);
            return this;
        }

        /**
         * How often, in milliseconds, the journey state and entry schema are read again from SFMC. They are also read
         * again as soon as SFMC rejects a payload, so an edited journey is picked up without a restart.
         */
        default SfmcJourneyEndpointBuilder schemaRefreshInterval(long schemaRefreshInterval) {
            doSetProperty("schemaRefreshInterval", schemaRefreshInterval);
            return this;
        }

        /**
         * How often, in milliseconds, the journey state and entry schema are read again from SFMC. They are also read
         * again as soon as SFMC rejects a payload, so an edited journey is picked up without a restart.
         * <p>
         * The value as text, for example 30s, or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder schemaRefreshInterval(String schemaRefreshInterval) {
            doSetProperty("schemaRefreshInterval", schemaRefreshInterval);
            return this;
        }

        /**
         * Checks each contact before sending against what preflight learned: Data fields not in the entry data extension
         * (including ones that differ only in case), missing required fields, values that do not fit the field type or
         * length, a ContactKey longer than the key field (or SFMC's 254 characters), a journey that is not running or is
         * paused, and a contact this endpoint already entered into a journey without re-entry. STRICT (the default)
         * rejects such a contact before any HTTP call, with the reason (in a batch only the bad members; the others are
         * sent). WARN sends it anyway, logs (rate-limited) and sets the CamelSfmcJourneyWarnings header; OFF skips the
         * checks.
         */
        default SfmcJourneyEndpointBuilder validation(io.github.camelsfmc.journey.model.CheckMode validation) {
            doSetProperty("validation", validation);
            return this;
        }

        /**
         * Checks each contact before sending against what preflight learned: Data fields not in the entry data extension
         * (including ones that differ only in case), missing required fields, values that do not fit the field type or
         * length, a ContactKey longer than the key field (or SFMC's 254 characters), a journey that is not running or is
         * paused, and a contact this endpoint already entered into a journey without re-entry. STRICT (the default)
         * rejects such a contact before any HTTP call, with the reason (in a batch only the bad members; the others are
         * sent). WARN sends it anyway, logs (rate-limited) and sets the CamelSfmcJourneyWarnings header; OFF skips the
         * checks.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder validation(String validation) {
            doSetProperty("validation", validation);
            return this;
        }

        /**
         * Narrows the consumer to these batch requests (the requestIds of the BatchEntryResult the producer sets in the
         * CamelSfmcJourneyBatchResult header), separated by commas. Without it, every batch entry of the event
         * definition key is checked.
         */
        default SfmcJourneyEndpointBuilder requestIds(String requestIds) {
            doSetProperty("requestIds", requestIds);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message (no body)
         * instead.
         */
        default SfmcJourneyEndpointBuilder sendEmptyMessageWhenIdle(boolean sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message (no body)
         * instead.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder sendEmptyMessageWhenIdle(String sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * How long a status must stay unchanged before the consumer delivers it as final. SFMC's sibling async APIs were
         * seen reporting errors for rows that later landed; an errored status that SFMC resolves within this time is never
         * delivered. The consumer lags this far behind now.
         */
        default SfmcJourneyEndpointBuilder settleTime(long settleTime) {
            doSetProperty("settleTime", settleTime);
            return this;
        }

        /**
         * How long a status must stay unchanged before the consumer delivers it as final. SFMC's sibling async APIs were
         * seen reporting errors for rows that later landed; an errored status that SFMC resolves within this time is never
         * delivered. The consumer lags this far behind now.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder settleTime(String settleTime) {
            doSetProperty("settleTime", settleTime);
            return this;
        }

        /**
         * Whether the consumer delivers all new statuses of a poll as one List of EntryStatus instead of one exchange
         * each.
         */
        default SfmcJourneyEndpointBuilder statusesAsList(boolean statusesAsList) {
            doSetProperty("statusesAsList", statusesAsList);
            return this;
        }

        /**
         * Whether the consumer delivers all new statuses of a poll as one List of EntryStatus instead of one exchange
         * each.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder statusesAsList(String statusesAsList) {
            doSetProperty("statusesAsList", statusesAsList);
            return this;
        }

        /**
         * How far back the consumer's first poll reads when the state repository remembers no earlier poll. SFMC keeps
         * statuses for 30 days.
         */
        default SfmcJourneyEndpointBuilder statusLookback(long statusLookback) {
            doSetProperty("statusLookback", statusLookback);
            return this;
        }

        /**
         * How far back the consumer's first poll reads when the state repository remembers no earlier poll. SFMC keeps
         * statuses for 30 days.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder statusLookback(String statusLookback) {
            doSetProperty("statusLookback", statusLookback);
            return this;
        }

        /**
         * How far each window reaches back, in milliseconds, before where the last one ended, for statuses SFMC
         * shows late; statuses delivered already are dropped by the idempotent repository.
         */
        default SfmcJourneyEndpointBuilder statusOverlap(long statusOverlap) {
            doSetProperty("statusOverlap", statusOverlap);
            return this;
        }

        /**
         * How far each window reaches back, in milliseconds, before where the last one ended, for statuses SFMC
         * shows late; statuses delivered already are dropped by the idempotent repository.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder statusOverlap(String statusOverlap) {
            doSetProperty("statusOverlap", statusOverlap);
            return this;
        }

        /**
         * The longest stretch of time, in milliseconds, one status query covers; a longer window is read slice by
         * slice.
         */
        default SfmcJourneyEndpointBuilder statusWindowSlice(long statusWindowSlice) {
            doSetProperty("statusWindowSlice", statusWindowSlice);
            return this;
        }

        /**
         * The longest stretch of time, in milliseconds, one status query covers; a longer window is read slice by
         * slice.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder statusWindowSlice(String statusWindowSlice) {
            doSetProperty("statusWindowSlice", statusWindowSlice);
            return this;
        }

        /**
         * The most entry statuses one poll delivers (and holds in memory); 0 for no limit.
         */
        default SfmcJourneyEndpointBuilder maxMessagesPerPoll(int maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /**
         * The most entry statuses one poll delivers (and holds in memory); 0 for no limit.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder maxMessagesPerPoll(String maxMessagesPerPoll) {
            doSetProperty("maxMessagesPerPoll", maxMessagesPerPoll);
            return this;
        }

        /**
         * How many polls may deliver a status whose exchange fails before it is given up and the window moves on.
         */
        default SfmcJourneyEndpointBuilder statusDeliveryAttempts(int statusDeliveryAttempts) {
            doSetProperty("statusDeliveryAttempts", statusDeliveryAttempts);
            return this;
        }

        /**
         * How many polls may deliver a status whose exchange fails before it is given up and the window moves on.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder statusDeliveryAttempts(String statusDeliveryAttempts) {
            doSetProperty("statusDeliveryAttempts", statusDeliveryAttempts);
            return this;
        }

        /**
         * The zone of SFMC status dates written without an offset (a zone id such as UTC or -06:00).
         */
        default SfmcJourneyEndpointBuilder statusDateZone(String statusDateZone) {
            doSetProperty("statusDateZone", statusDateZone);
            return this;
        }

        /**
         * How many entry statuses the consumer asks SFMC for per page ($pageSize).
         */
        default SfmcJourneyEndpointBuilder statusPageSize(int statusPageSize) {
            doSetProperty("statusPageSize", statusPageSize);
            return this;
        }

        /**
         * How many entry statuses the consumer asks SFMC for per page ($pageSize).
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder statusPageSize(String statusPageSize) {
            doSetProperty("statusPageSize", statusPageSize);
            return this;
        }

        /**
         * Which entry statuses the consumer delivers, as SFMC reports them: errored, processed (not proof that the
         * contact is in the journey) or queued, or several separated by commas.
         */
        default SfmcJourneyEndpointBuilder statusType(String statusType) {
            doSetProperty("statusType", statusType);
            return this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
         * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
         * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
         * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
         * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
         * into the 3rd party component and make this possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
         * ignored.
         */
        default SfmcJourneyEndpointBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
         * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
         * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
         * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
         * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
         * into the 3rd party component and make this possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
         * ignored.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder bridgeErrorHandler(String bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled then this
         * option is not in use. By default the consumer will deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         */
        default SfmcJourneyEndpointBuilder exceptionHandler(org.apache.camel.spi.ExceptionHandler exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is enabled then this
         * option is not in use. By default the consumer will deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         * <p>
         * The value as a #bean reference or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder exceptionHandler(String exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         */
        default SfmcJourneyEndpointBuilder exchangePattern(org.apache.camel.ExchangePattern exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder exchangePattern(String exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * Where the consumer records the statuses it delivered (by eventInstanceId and status), so that none is delivered
         * twice across polls and restarts (for example a FileIdempotentRepository or a JDBC one). In memory by default.
         */
        default SfmcJourneyEndpointBuilder idempotentRepository(
                org.apache.camel.spi.IdempotentRepository idempotentRepository) {
            doSetProperty("idempotentRepository", idempotentRepository);
            return this;
        }

        /**
         * Where the consumer records the statuses it delivered (by eventInstanceId and status), so that none is delivered
         * twice across polls and restarts (for example a FileIdempotentRepository or a JDBC one). In memory by default.
         * <p>
         * The value as a #bean reference or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder idempotentRepository(String idempotentRepository) {
            doSetProperty("idempotentRepository", idempotentRepository);
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom implementation
         * to control error handling usually occurred during the poll operation before an Exchange have been created and
         * being routed in Camel.
         */
        default SfmcJourneyEndpointBuilder pollStrategy(org.apache.camel.spi.PollingConsumerPollStrategy pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom implementation
         * to control error handling usually occurred during the poll operation before an Exchange have been created and
         * being routed in Camel.
         * <p>
         * The value as a #bean reference or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder pollStrategy(String pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * Where the consumer remembers the end of the last window it read, so that a restart goes on from there (for
         * example a FileStateRepository). In memory by default, so a restart reads statusLookback again.
         */
        default SfmcJourneyEndpointBuilder stateRepository(
                org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * Where the consumer remembers the end of the last window it read, so that a restart goes on from there (for
         * example a FileStateRepository). In memory by default, so a restart reads statusLookback again.
         * <p>
         * The value as a #bean reference or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder stateRepository(String stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler
         * should kick-in.
         */
        default SfmcJourneyEndpointBuilder backoffErrorThreshold(int backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the backoffMultipler
         * should kick-in.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder backoffErrorThreshold(String backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         */
        default SfmcJourneyEndpointBuilder backoffIdleThreshold(int backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder backoffIdleThreshold(String backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a row.
         * The multiplier is then the number of polls that will be skipped before the next actual attempt is happening
         * again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold must also be
         * configured.
         */
        default SfmcJourneyEndpointBuilder backoffMultiplier(int backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors in a row.
         * The multiplier is then the number of polls that will be skipped before the next actual attempt is happening
         * again. When this option is in use then backoffIdleThreshold and/or backoffErrorThreshold must also be
         * configured.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder backoffMultiplier(String backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         */
        default SfmcJourneyEndpointBuilder delay(long delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder delay(String delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled 1 or
         * more messages.
         */
        default SfmcJourneyEndpointBuilder greedy(boolean greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous run polled 1 or
         * more messages.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder greedy(String greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         */
        default SfmcJourneyEndpointBuilder initialDelay(long initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder initialDelay(String initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire once. If you
         * set it to 5, it will only fire five times. A value of zero or negative means fire forever.
         */
        default SfmcJourneyEndpointBuilder repeatCount(long repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire once. If you
         * set it to 5, it will only fire five times. A value of zero or negative means fire forever.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder repeatCount(String repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the logging level
         * for that.
         */
        default SfmcJourneyEndpointBuilder runLoggingLevel(org.apache.camel.LoggingLevel runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the logging level
         * for that.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder runLoggingLevel(String runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer has its own
         * single threaded thread pool.
         */
        default SfmcJourneyEndpointBuilder scheduledExecutorService(
                java.util.concurrent.ScheduledExecutorService scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each consumer has its own
         * single threaded thread pool.
         * <p>
         * The value as a #bean reference or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder scheduledExecutorService(String scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz for built
         * in scheduler
         */
        default SfmcJourneyEndpointBuilder scheduler(Object scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or quartz for built
         * in scheduler
         * <p>
         * The value as a #bean reference or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder scheduler(String scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based scheduler.
         * This is a multi-value option with prefix: scheduler. This method adds one property.
         */
        default SfmcJourneyEndpointBuilder schedulerProperties(String key, Object value) {
            doSetMultiValueProperty("schedulerProperties", "scheduler." + key, value);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based scheduler.
         * This is a multi-value option with prefix: scheduler. This method adds these properties.
         */
        default SfmcJourneyEndpointBuilder schedulerProperties(java.util.Map<String, Object> values) {
            doSetMultiValueProperties("schedulerProperties", "scheduler.", values);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         */
        default SfmcJourneyEndpointBuilder startScheduler(boolean startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder startScheduler(String startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         */
        default SfmcJourneyEndpointBuilder timeUnit(java.util.concurrent.TimeUnit timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder timeUnit(String timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         */
        default SfmcJourneyEndpointBuilder useFixedDelay(boolean useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         * <p>
         * The value as text or a {{placeholder}}.
         */
        default SfmcJourneyEndpointBuilder useFixedDelay(String useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }
    }

    private static final class Builder extends AbstractEndpointBuilder implements SfmcJourneyEndpointBuilder {
        Builder(String eventDefinitionKey) {
            super("sfmc-journey", eventDefinitionKey);
        }
    }
}
