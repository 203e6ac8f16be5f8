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
package io.github.camelsfmc.journey;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.model.CheckMode;

/**
 * The options of an sfmc-journey endpoint. The component holds one as the shared default for all its endpoints.
 */
@UriParams
public class SfmcJourneyConfiguration implements Cloneable {

    @UriPath(
            description = "The event definition key of the journey's API entry source, as shown in Journey Builder"
                    + " (Entry Sources, or Event Administration). SFMC forbids periods in it.")
    @Metadata(required = true)
    private String eventDefinitionKey;

    @UriParam(label = "security", secret = true)
    private String clientId;

    @UriParam(label = "security", secret = true)
    private String clientSecret;

    @UriParam(label = "common")
    private String subdomain;

    @UriParam(label = "common")
    private String accountId;

    @UriParam(label = "security")
    private String scope;

    @UriParam(label = "advanced")
    private String authUrl;

    @UriParam(label = "advanced")
    private String restUrl;

    @UriParam(label = "producer", defaultValue = "enter", enums = "enter,confirmMembership")
    private String operation = "enter";

    @UriParam(label = "producer", defaultValue = "false")
    private boolean journeyHistory;

    @UriParam(label = "producer", defaultValue = "60000", javaType = "java.time.Duration")
    private long journeyHistoryTimeout = 60_000;

    @UriParam(label = "producer", defaultValue = "ContactKey")
    private String contactKeyField = "ContactKey";

    @UriParam(label = "producer", defaultValue = "false")
    private boolean contactKeyInData;

    @UriParam(label = "producer,batch", defaultValue = "100")
    private int batchSize = 100;

    @UriParam(label = "producer,batch", defaultValue = "4")
    private int batchConcurrency = 4;

    @UriParam(label = "producer,batch", defaultValue = "true")
    private boolean failOnRejectedMembers = true;

    @UriParam(label = "producer,validation", defaultValue = "WARN", enums = "OFF,WARN,STRICT")
    private CheckMode preflight = CheckMode.WARN;

    @UriParam(label = "producer,validation", defaultValue = "STRICT", enums = "OFF,WARN,STRICT")
    private CheckMode validation = CheckMode.STRICT;

    @UriParam(label = "producer,validation", defaultValue = "300000", javaType = "java.time.Duration")
    private long schemaRefreshInterval = 300_000;

    @UriParam(label = "producer,validation", defaultValue = "100000")
    private int reentryTrackingSize = 100_000;

    @UriParam(label = "producer,validation", defaultValue = "30000", javaType = "java.time.Duration")
    private long preflightTimeout = 30_000;

    @UriParam(label = "producer,validation", defaultValue = "true")
    private boolean fillSendableField = true;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long requestTimeout = 30_000;

    @UriParam(label = "security", defaultValue = "30000", javaType = "java.time.Duration")
    private long tokenTimeout = 30_000;

    @UriParam(label = "security", defaultValue = "120000", javaType = "java.time.Duration")
    private long tokenRefreshMargin = 120_000;

    @UriParam(label = "security", defaultValue = "120")
    @Metadata(deprecationNote = "Use tokenRefreshMargin, a duration like every other time option")
    @Deprecated
    private int tokenRefreshMarginSeconds = 120;

    @UriParam(label = "advanced")
    private SfmcJourneyHttpClientConfigurer httpClientConfigurer;

    @UriParam(label = "advanced", defaultValue = "20000", javaType = "java.time.Duration")
    private long connectionIdleTimeout = 20_000;

    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration")
    @Metadata(
            deprecationNote = "Acts only on HTTP/2 connections, which the client uses only when TLS negotiates them;"
                    + " connectionIdleTimeout keeps pooled connections fresh for every HTTP version")
    @Deprecated
    private long validateAfterInactivity = 1_000;

    @UriParam(label = "advanced", defaultValue = "0", javaType = "java.time.Duration")
    private long connectionTimeToLive;

    @UriParam(label = "advanced")
    private ObjectMapper objectMapper;

    // reliability and security
    @UriParam(label = "producer,advanced", defaultValue = "3")
    private int maximumRetries = 3;

    @UriParam(label = "producer,advanced", defaultValue = "500", javaType = "java.time.Duration")
    private long retryInitialDelay = 500;

    @UriParam(label = "producer,advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long retryMaxDelay = 30_000;

    @UriParam(label = "producer,advanced", defaultValue = "false")
    private boolean retryOnUnknownOutcome;

    @UriParam(label = "producer,advanced", defaultValue = "false")
    private boolean reconcileUnknownOutcome;

    @UriParam(label = "producer,advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long reconcileDelay = 10_000;

    @UriParam(label = "producer,advanced", defaultValue = "15000", javaType = "java.time.Duration")
    private long reconcileInterval = 15_000;

    @UriParam(label = "producer,advanced", defaultValue = "180000", javaType = "java.time.Duration")
    private long reconcileTimeout = 180_000;

    @UriParam(label = "producer,advanced")
    private double maxRequestsPerSecond;

    @UriParam(label = "producer,advanced")
    private int maxConcurrentRequests;

    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "proxy")
    private String proxyHost;

    @UriParam(label = "proxy")
    private Integer proxyPort;

    // entry verification: the consumer
    @UriParam(label = "consumer", defaultValue = "errored")
    private String statusType = "errored";

    @UriParam(label = "consumer")
    private String requestIds;

    @UriParam(label = "consumer", defaultValue = "300000", javaType = "java.time.Duration")
    private long settleTime = 300_000;

    @UriParam(label = "consumer", defaultValue = "86400000", javaType = "java.time.Duration")
    private long statusLookback = 86_400_000;

    @UriParam(label = "consumer", defaultValue = "50")
    private int statusPageSize = 50;

    @UriParam(label = "consumer", defaultValue = "false")
    private boolean statusesAsList;

    @UriParam(label = "consumer", defaultValue = "600000", javaType = "java.time.Duration")
    private long statusOverlap = 600_000;

    @UriParam(label = "consumer,advanced", defaultValue = "86400000", javaType = "java.time.Duration")
    private long statusWindowSlice = 86_400_000;

    @UriParam(label = "consumer,advanced", defaultValue = "UTC")
    private String statusDateZone = "UTC";

    @UriParam(label = "consumer", defaultValue = "1000")
    private int maxMessagesPerPoll = 1000;

    @UriParam(label = "consumer", defaultValue = "3")
    private int statusDeliveryAttempts = 3;

    @UriParam(label = "consumer,advanced")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer,advanced")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "proxy", secret = true)
    private String proxyUsername;

    @UriParam(label = "proxy", secret = true)
    private String proxyPassword;

    public String getEventDefinitionKey() {
        return eventDefinitionKey;
    }

    /**
     * The event definition key of the journey's API entry source, as shown in Journey Builder (Entry Sources, or Event
     * Administration). SFMC forbids periods in it.
     */
    public void setEventDefinitionKey(String eventDefinitionKey) {
        this.eventDefinitionKey = eventDefinitionKey;
    }

    public String getClientId() {
        return clientId;
    }

    /**
     * The client id of the Server-to-Server API integration in Setup, Apps, Installed Packages.
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * The client secret of the installed package. Use a property placeholder or vault reference, never a literal in
     * source: it is masked in logs and endpoint URIs.
     */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getSubdomain() {
        return subdomain;
    }

    /**
     * The tenant subdomain (the 28-character part starting with mc of https://{subdomain}.auth.marketingcloudapis.com).
     * Required unless authUrl is set.
     */
    public void setSubdomain(String subdomain) {
        this.subdomain = subdomain;
    }

    public String getAccountId() {
        return accountId;
    }

    /**
     * The MID of the business unit the journey lives in, sent as account_id with the token request. Without it the
     * token is for the business unit that owns the installed package.
     */
    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getScope() {
        return scope;
    }

    /**
     * Space-separated scopes to request, for example journeys_execute journeys_read data_extensions_read. Without it the
     * token gets every permission of the installed package.
     */
    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    /**
     * The auth base URL, overriding the one derived from subdomain. Meant for tests against a local simulator.
     */
    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getRestUrl() {
        return restUrl;
    }

    /**
     * The REST base URL, overriding the rest_instance_url of the token response (which is the right one for real SFMC).
     */
    public void setRestUrl(String restUrl) {
        this.restUrl = restUrl;
    }

    public String getContactKeyField() {
        return contactKeyField;
    }

    /**
     * The body field holding the ContactKey, matched exactly and then ignoring case. It is not sent in Data unless
     * contactKeyInData is true.
     */
    public void setContactKeyField(String contactKeyField) {
        this.contactKeyField = contactKeyField;
    }

    public boolean isContactKeyInData() {
        return contactKeyInData;
    }

    /**
     * Whether the contact key field of the body is also sent as a Data field, for entry data extensions that have a
     * field of that name.
     */
    public void setContactKeyInData(boolean contactKeyInData) {
        this.contactKeyInData = contactKeyInData;
    }

    public String getOperation() {
        return operation;
    }

    /**
     * What the producer does: enter (default) sends the contacts to the journey; confirmMembership asks SFMC's
     * contactMembership API, 50 contact keys a call, which of the contacts (contact keys, or contacts as for entry)
     * are in this event definition's journey now, and puts the answer in headers.
     */
    public void setOperation(String operation) {
        this.operation = operation;
    }

    public boolean isJourneyHistory() {
        return journeyHistory;
    }

    /**
     * With operation=confirmMembership: look the contacts contactMembership did not find up in Journey History (kept
     * 30 days), 50 contacts a search, at most 10 pages of 100 rows each. A contact with a row of this journey's
     * versions entered and has left (enteredAndLeft, with the row in CamelSfmcJourneyJourneyHistory); one whose
     * history was read in full without such a row is noHistoryFound. A history that cannot be read (no permission,
     * 404, journeyHistoryTimeout) fails nothing: those contacts stay notFound, with why in
     * CamelSfmcJourneyMembershipWarnings. Needs preflight (it names the journey's versions).
     */
    public void setJourneyHistory(boolean journeyHistory) {
        this.journeyHistory = journeyHistory;
    }

    public long getJourneyHistoryTimeout() {
        return journeyHistoryTimeout;
    }

    /**
     * The total time, in milliseconds, the Journey History searches of one exchange may take (journeyHistory=true).
     * The contacts not read by then stay notFound, with a warning.
     */
    public void setJourneyHistoryTimeout(long journeyHistoryTimeout) {
        this.journeyHistoryTimeout = journeyHistoryTimeout;
    }

    public int getBatchSize() {
        return batchSize;
    }

    /**
     * The most contacts sent in one batch request when the body is a List. SFMC accepts at most 100; a longer list is
     * split into several requests.
     */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getBatchConcurrency() {
        return batchConcurrency;
    }

    /**
     * How many batch requests of one message may be in flight at once when a List is split into several requests.
     */
    public void setBatchConcurrency(int batchConcurrency) {
        this.batchConcurrency = batchConcurrency;
    }

    public boolean isFailOnRejectedMembers() {
        return failOnRejectedMembers;
    }

    /**
     * Whether a batch in which some contacts were rejected (by SFMC or by validation) fails the exchange, with the
     * rejected contacts in the exception. When false they are only reported in the CamelSfmcJourneyBatchResult header
     * and the exchange fails only for contacts whose request failed.
     */
    public void setFailOnRejectedMembers(boolean failOnRejectedMembers) {
        this.failOnRejectedMembers = failOnRejectedMembers;
    }

    public CheckMode getPreflight() {
        return preflight;
    }

    /**
     * Checks when the producer starts that contacts can enter: the event definition key exists and is an API event,
     * every version of the journeys using it (the running version decides; their status and re-entry mode are
     * reported), and the entry data extension's fields. OFF skips it, WARN logs what it finds (once per change of
     * state), STRICT fails the route start-up on a known problem, with what to fix in Journey Builder; when the facts
     * cannot be read within preflightTimeout it starts with them unknown. A consumer-only endpoint runs no preflight.
     * Needs Journeys Read and Data Extensions Read on the installed package.
     */
    public void setPreflight(CheckMode preflight) {
        this.preflight = preflight;
    }

    public CheckMode getValidation() {
        return validation;
    }

    /**
     * Checks each contact before sending against what preflight learned: Data fields not in the entry data extension
     * (including ones that differ only in case), missing required fields, values that do not fit the field type or
     * length, a ContactKey longer than the key field (or SFMC's 254 characters), a sendable-field value that differs
     * from the ContactKey, a journey known not to take entries (only Drafts, Paused, Finishing or Stopped for over 10
     * minutes), and a contact this endpoint already entered into a journey without re-entry. STRICT (the default)
     * rejects such a contact before any HTTP call, with the reason (in a batch only the bad members; the others are
     * sent), so a contact SFMC would drop is never reported as delivered. WARN sends it anyway, logs (rate-limited) and
     * sets the CamelSfmcJourneyWarnings header; OFF skips the checks. Only knowledge refuses: a value in a form SFMC
     * may or may not take, and whatever preflight could not read (permissions, an unexpected answer, its deadline), is
     * sent with a warning in CamelSfmcJourneyWarnings, in STRICT too.
     */
    public void setValidation(CheckMode validation) {
        this.validation = validation;
    }

    public long getPreflightTimeout() {
        return preflightTimeout;
    }

    /**
     * The total time, in milliseconds, one preflight (all its reads of SFMC) may take. When it is over, what was not
     * read is unknown: contacts are sent unchecked, each with a warning in CamelSfmcJourneyWarnings, never held. The
     * first contacts wait for the first preflight at most this long, and so does the start of a route with
     * preflight=strict.
     */
    public void setPreflightTimeout(long preflightTimeout) {
        this.preflightTimeout = preflightTimeout;
    }

    public boolean isFillSendableField() {
        return fillSendableField;
    }

    /**
     * When the event definition's schema names a sendable field (the Data field Journey Builder takes the contact key
     * from) and a contact's Data has no value for it, put the ContactKey there. Off, such a contact is refused in
     * STRICT. Applies while validation is not OFF, since the field is known from preflight.
     */
    public void setFillSendableField(boolean fillSendableField) {
        this.fillSendableField = fillSendableField;
    }

    public long getSchemaRefreshInterval() {
        return schemaRefreshInterval;
    }

    /**
     * How often, in milliseconds, the journey state and entry schema are read again from SFMC. They are also read again
     * as soon as SFMC rejects a payload, so an edited journey is picked up without a restart.
     */
    public void setSchemaRefreshInterval(long schemaRefreshInterval) {
        this.schemaRefreshInterval = schemaRefreshInterval;
    }

    public int getReentryTrackingSize() {
        return reentryTrackingSize;
    }

    /**
     * How many contact keys this endpoint remembers to flag a contact sent twice to a journey whose entry mode forbids
     * re-entry (OnceAndDone, SingleEntryAcrossAllVersions). Keys are kept only while preflight reports such a journey;
     * the oldest are forgotten first, so memory stays bounded (measured: about 11 MB per 100000 keys of 10
     * characters, 14 MB for 36-character UUIDs); 0 turns the check off.
     */
    public void setReentryTrackingSize(int reentryTrackingSize) {
        this.reentryTrackingSize = reentryTrackingSize;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a TCP/TLS connection to SFMC, in milliseconds.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * The total time one SFMC API call may take, in milliseconds: waiting for a connection, connecting, sending, and
     * reading the whole answer (a server that trickles its answer is cut off here). An entry call that runs out of time
     * after it may have been sent has an unknown outcome and is not retried automatically.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getTokenTimeout() {
        return tokenTimeout;
    }

    /**
     * The total time one token request may take, in milliseconds, from the start of the call to the end of the
     * answer.
     */
    public void setTokenTimeout(long tokenTimeout) {
        this.tokenTimeout = tokenTimeout;
    }

    public long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    /**
     * How long before expiry a cached token is replaced, in milliseconds. SFMC tokens live about 18 minutes; a token is
     * never refreshed before half its lifetime.
     */
    public void setTokenRefreshMargin(long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
        this.tokenRefreshMarginSeconds = (int) Math.min(Integer.MAX_VALUE, tokenRefreshMargin / 1000);
    }

    /** @deprecated use {@link #getTokenRefreshMargin()} (milliseconds) */
    @Deprecated
    public int getTokenRefreshMarginSeconds() {
        return tokenRefreshMarginSeconds;
    }

    /**
     * How many seconds before expiry a cached token is replaced. Deprecated: use tokenRefreshMargin; this sets it.
     *
     * @deprecated use {@link #setTokenRefreshMargin(long)} (milliseconds)
     */
    @Deprecated
    public void setTokenRefreshMarginSeconds(int tokenRefreshMarginSeconds) {
        this.tokenRefreshMarginSeconds = tokenRefreshMarginSeconds;
        this.tokenRefreshMargin = tokenRefreshMarginSeconds * 1000L;
    }

    public SfmcJourneyHttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    /**
     * A hook to customise the Apache HttpClient 5 async client builder and its connection manager builder after the
     * component has applied its own options, for example to add an interceptor or tune TLS. Endpoints with the same
     * configurer instance and options share one client.
     */
    public void setHttpClientConfigurer(SfmcJourneyHttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public long getConnectionIdleTimeout() {
        return connectionIdleTimeout;
    }

    /**
     * A pooled connection idle for longer than this is never reused, and is closed in the background. Keep it below
     * the idle timeout of every load balancer or proxy between the route and SFMC, so that no request is sent on a
     * connection they are closing (which would make its outcome unknown).
     */
    public void setConnectionIdleTimeout(long connectionIdleTimeout) {
        this.connectionIdleTimeout = connectionIdleTimeout;
    }

    /** @deprecated see {@link #setValidateAfterInactivity(long)} */
    @Deprecated
    public long getValidateAfterInactivity() {
        return validateAfterInactivity;
    }

    /**
     * A pooled HTTP/2 connection idle for longer than this is pinged before it is used. Deprecated: Apache HttpClient
     * 5.5 does not check HTTP/1.1 connections, and HTTP/2 is used only when TLS negotiates it; connectionIdleTimeout
     * keeps pooled connections from going stale whatever the version.
     *
     * @deprecated set connectionIdleTimeout below the idle timeout of the load balancers on the way instead
     */
    @Deprecated
    public void setValidateAfterInactivity(long validateAfterInactivity) {
        this.validateAfterInactivity = validateAfterInactivity;
    }

    public long getConnectionTimeToLive() {
        return connectionTimeToLive;
    }

    /**
     * A connection older than this is not reused, however busy, so that DNS changes of the SFMC hosts are picked up. 0
     * means no limit.
     */
    public void setConnectionTimeToLive(long connectionTimeToLive) {
        this.connectionTimeToLive = connectionTimeToLive;
    }

    public ObjectMapper getObjectMapper() {
        return objectMapper;
    }

    /**
     * The Jackson ObjectMapper used to read bodies and write Data values. By default a private mapper that writes
     * java.time values as ISO-8601 strings. A custom mapper must not rename properties, or SFMC will not recognise them.
     */
    public void setObjectMapper(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public int getMaximumRetries() {
        return maximumRetries;
    }

    /**
     * How many times a failed SFMC call is retried: 429 and 503 after their Retry-After, 500, 502, 504 and calls that
     * could not be sent (connection refused, connect timeout, token endpoint unreachable) after an exponential backoff
     * with jitter. Other 4xx answers are never retried. 0 disables retries.
     */
    public void setMaximumRetries(int maximumRetries) {
        this.maximumRetries = maximumRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /**
     * The backoff before the first retry when SFMC gave no Retry-After, in milliseconds. It doubles with each retry (with
     * jitter) up to retryMaxDelay.
     */
    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /**
     * The longest wait before a retry, in milliseconds. It caps the exponential backoff; a Retry-After longer than this is
     * not waited for: the call fails at once with the exception's retryAfter set, for the route's redelivery policy or
     * dead-letter channel to handle.
     */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public boolean isRetryOnUnknownOutcome() {
        return retryOnUnknownOutcome;
    }

    /**
     * Whether an entry call whose outcome is unknown (no answer within requestTimeout, or the connection dropped after the
     * request was sent) is retried too. SFMC may have queued such a call, and entry events are not idempotent, so a retry
     * can enter a contact twice: enable it only when a duplicate entry is acceptable.
     */
    public void setRetryOnUnknownOutcome(boolean retryOnUnknownOutcome) {
        this.retryOnUnknownOutcome = retryOnUnknownOutcome;
    }

    public boolean isReconcileUnknownOutcome() {
        return reconcileUnknownOutcome;
    }

    /**
     * Whether an entry whose outcome is unknown (no answer within requestTimeout, the connection dropped after the
     * request was sent, an unreadable answer) is checked with SFMC before the exchange completes: the status API by
     * contactKey and eventDefinitionKey from the send time, and contactMembership for a single entry. A contact SFMC
     * lists is reported queued; one not found in any look until reconcileTimeout is reported not received, safe to
     * resend; anything else stays unknown. The exchange is held meanwhile (at most reconcileTimeout plus one
     * requestTimeout). See docs/reliability.md for what this can and cannot tell.
     */
    public void setReconcileUnknownOutcome(boolean reconcileUnknownOutcome) {
        this.reconcileUnknownOutcome = reconcileUnknownOutcome;
    }

    public long getReconcileDelay() {
        return reconcileDelay;
    }

    /**
     * With reconcileUnknownOutcome: how long to wait after the failed entry call before the first look, in
     * milliseconds. SFMC needs time before an entry shows in the status API and in contactMembership.
     */
    public void setReconcileDelay(long reconcileDelay) {
        this.reconcileDelay = reconcileDelay;
    }

    public long getReconcileInterval() {
        return reconcileInterval;
    }

    /**
     * With reconcileUnknownOutcome: the time between two looks at SFMC for contacts not found yet, in milliseconds.
     */
    public void setReconcileInterval(long reconcileInterval) {
        this.reconcileInterval = reconcileInterval;
    }

    public long getReconcileTimeout() {
        return reconcileTimeout;
    }

    /**
     * With reconcileUnknownOutcome: how long after the failed entry call SFMC is asked, in milliseconds. A contact not
     * found by then, every look having succeeded, is reported not received; the exchange completes at the latest one
     * requestTimeout later.
     */
    public void setReconcileTimeout(long reconcileTimeout) {
        this.reconcileTimeout = reconcileTimeout;
    }

    public double getMaxRequestsPerSecond() {
        return maxRequestsPerSecond;
    }

    /**
     * The most SFMC API calls started per second for these credentials (clientId, business unit and scope), shared by
     * every endpoint of the component that uses them. Calls over the limit wait without blocking a thread. 0 means no
     * limit.
     */
    public void setMaxRequestsPerSecond(double maxRequestsPerSecond) {
        this.maxRequestsPerSecond = maxRequestsPerSecond;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /**
     * The most SFMC API calls in flight at once for these credentials, shared by every endpoint of the component that uses
     * them (SFMC answers 429 errorcode 50200 to too many concurrent calls). Calls over the limit wait without blocking a
     * thread. 0 means no limit.
     */
    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings (trust store, key store, protocols, cipher suites) for the calls to SFMC, as Camel
     * SSLContextParameters. Without it the JVM's default trust store is used.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /**
     * The host of an HTTP proxy to reach SFMC (token and REST calls) through.
     */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /**
     * The port of the HTTP proxy named by proxyHost.
     */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getStatusType() {
        return statusType;
    }

    /**
     * Which entry statuses the consumer delivers, as SFMC reports them: errored (journey processing dropped the
     * contact), processed (SFMC processed the entry event; not proof that the contact is in the journey: a contact
     * kept out by re-entry rules may be processed too), queued, or several separated by commas.
     */
    public void setStatusType(String statusType) {
        this.statusType = statusType;
    }

    public String getRequestIds() {
        return requestIds;
    }

    /**
     * Narrows the consumer to these batch requests (the requestIds of the BatchEntryResult the producer sets in the
     * CamelSfmcJourneyBatchResult header), separated by commas. Without it, every batch entry of the event definition
     * key is checked.
     */
    public void setRequestIds(String requestIds) {
        this.requestIds = requestIds;
    }

    public long getSettleTime() {
        return settleTime;
    }

    /**
     * How long a status must stay unchanged before the consumer delivers it as final. SFMC's sibling async APIs were
     * seen reporting errors for rows that later landed; an errored status that SFMC resolves within this time is
     * never delivered. The consumer lags this far behind now.
     */
    public void setSettleTime(long settleTime) {
        this.settleTime = settleTime;
    }

    public long getStatusLookback() {
        return statusLookback;
    }

    /**
     * How far back the consumer's first poll reads when the state repository remembers no earlier poll. SFMC keeps
     * statuses for 30 days.
     */
    public void setStatusLookback(long statusLookback) {
        this.statusLookback = statusLookback;
    }

    public int getStatusPageSize() {
        return statusPageSize;
    }

    /**
     * How many entry statuses the consumer asks SFMC for per page ($pageSize).
     */
    public void setStatusPageSize(int statusPageSize) {
        this.statusPageSize = statusPageSize;
    }

    public boolean isStatusesAsList() {
        return statusesAsList;
    }

    /**
     * Whether the consumer delivers all new statuses of a poll as one List of EntryStatus instead of one exchange each.
     */
    public void setStatusesAsList(boolean statusesAsList) {
        this.statusesAsList = statusesAsList;
    }

    public long getStatusOverlap() {
        return statusOverlap;
    }

    /**
     * How far each window reaches back before where the last one ended, so that a status SFMC shows late (or dates
     * in another zone than statusDateZone assumes) is still read; statuses delivered already are dropped by the
     * idempotent repository. Make it longer than the longest delay you expect between a status's modifiedDate and
     * the moment SFMC returns it.
     */
    public void setStatusOverlap(long statusOverlap) {
        this.statusOverlap = statusOverlap;
    }

    public long getStatusWindowSlice() {
        return statusWindowSlice;
    }

    /**
     * The longest stretch of time one status query covers. A longer window (after a restart or an outage) is read
     * slice by slice, and the window moves on after each slice whose statuses were all delivered.
     */
    public void setStatusWindowSlice(long statusWindowSlice) {
        this.statusWindowSlice = statusWindowSlice;
    }

    public String getStatusDateZone() {
        return statusDateZone;
    }

    /**
     * The zone of SFMC status dates written without an offset (a zone id such as UTC or -06:00). SFMC's status API
     * does not document its zone; several SFMC APIs write US Central Standard Time (-06:00) without an offset. Dates
     * with an offset are read as written.
     */
    public void setStatusDateZone(String statusDateZone) {
        this.statusDateZone = statusDateZone;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * The most entry statuses one poll delivers (and holds in memory); the rest come on the next polls. 0 for no
     * limit.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public int getStatusDeliveryAttempts() {
        return statusDeliveryAttempts;
    }

    /**
     * How many polls may deliver a status whose exchange fails. Until then the window waits for it; after that the
     * status is logged as given up and the window moves on. Each failure has gone through the route's error handler
     * (a dead letter channel there keeps the status).
     */
    public void setStatusDeliveryAttempts(int statusDeliveryAttempts) {
        this.statusDeliveryAttempts = statusDeliveryAttempts;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where the consumer remembers the end of the last window it read, so that a restart goes on from there (for
     * example a FileStateRepository). In memory by default, so a restart reads statusLookback again.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Where the consumer records the statuses it delivered (by eventInstanceId and status), so that none is
     * delivered twice across polls and restarts (for example a FileIdempotentRepository or a JDBC one). In memory by
     * default.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    /**
     * The user name for an HTTP proxy that requires authentication.
     */
    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    /**
     * The password for an HTTP proxy that requires authentication.
     */
    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SfmcJourneyConfiguration copy() {
        try {
            return (SfmcJourneyConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
