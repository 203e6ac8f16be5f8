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
package io.github.camelsfmc.journey.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

import io.github.camelsfmc.journey.model.CheckMode;

/**
 * The options of the sfmc-journey component as {@code camel.component.sfmc-journey.*} properties. One field per option
 * of the component's catalog ({@code sfmc-journey.json}), with its description and default, so that Spring's
 * configuration processor documents each one for IDEs; {@code SpringMetadataMatchesCatalogTest} fails when an option is
 * missing here. Written by {@code etc/spring-boot-properties.py} from the catalog: run it after changing an option. Options that take a bean accept {@code #beanName} or {@code #bean:beanName}.
 * Durations are in milliseconds, as on the endpoint URI.
 */
@ConfigurationProperties(prefix = SfmcJourneyComponentConfiguration.PREFIX)
public class SfmcJourneyComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    public static final String PREFIX = "camel.component.sfmc-journey";

    /**
     * The MID of the business unit the journey lives in, sent as account_id with the token request. Without it the
     * token is for the business unit that owns the installed package.
     */
    private String accountId;

    /**
     * The defaults shared by every endpoint of this component; an endpoint option overrides them.
     */
    private io.github.camelsfmc.journey.SfmcJourneyConfiguration configuration;

    /**
     * The tenant subdomain (the 28-character part starting with mc of https://{subdomain}.auth.marketingcloudapis.com).
     * Required unless authUrl is set.
     */
    private String subdomain;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a
     * message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore
     * bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd
     * party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * The most entry statuses one poll delivers (and holds in memory); the rest come on the next polls. 0 for no limit.
     */
    private Integer maxMessagesPerPoll = 1000;

    /**
     * Narrows the consumer to these batch requests (the requestIds of the BatchEntryResult the producer sets in the
     * CamelSfmcJourneyBatchResult header), separated by commas. Without it, every batch entry of the event definition
     * key is checked.
     */
    private String requestIds;

    /**
     * How long a status must stay unchanged before the consumer delivers it as final. SFMC's sibling async APIs were
     * seen reporting errors for rows that later landed; an errored status that SFMC resolves within this time is never
     * delivered. The consumer lags this far behind now.
     */
    private Long settleTime = 300000L;

    /**
     * How many polls may deliver a status whose exchange fails. Until then the window waits for it; after that the
     * status is logged as given up and the window moves on. Each failure has gone through the route's error handler (a
     * dead letter channel there keeps the status).
     */
    private Integer statusDeliveryAttempts = 3;

    /**
     * Whether the consumer delivers all new statuses of a poll as one List of EntryStatus instead of one exchange each.
     */
    private Boolean statusesAsList = false;

    /**
     * How far back the consumer's first poll reads when the state repository remembers no earlier poll. SFMC keeps
     * statuses for 30 days.
     */
    private Long statusLookback = 86400000L;

    /**
     * How far each window reaches back before where the last one ended, so that a status SFMC shows late (or dates in
     * another zone than statusDateZone assumes) is still read; statuses delivered already are dropped by the idempotent
     * repository. Make it longer than the longest delay you expect between a status's modifiedDate and the moment SFMC
     * returns it.
     */
    private Long statusOverlap = 600000L;

    /**
     * How many entry statuses the consumer asks SFMC for per page ($pageSize).
     */
    private Integer statusPageSize = 50;

    /**
     * Which entry statuses the consumer delivers, as SFMC reports them: errored (journey processing dropped the
     * contact), processed (SFMC processed the entry event; not proof that the contact is in the journey: a contact kept
     * out by re-entry rules may be processed too), queued, or several separated by commas.
     */
    private String statusType = "errored";

    /**
     * Where the consumer records the statuses it delivered (by eventInstanceId and status), so that none is delivered
     * twice across polls and restarts (for example a FileIdempotentRepository or a JDBC one). In memory by default.
     */
    private org.apache.camel.spi.IdempotentRepository idempotentRepository;

    /**
     * Where the consumer remembers the end of the last window it read, so that a restart goes on from there (for
     * example a FileStateRepository). In memory by default, so a restart reads statusLookback again.
     */
    private org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository;

    /**
     * The zone of SFMC status dates written without an offset (a zone id such as UTC or -06:00). SFMC's status API does
     * not document its zone; several SFMC APIs write US Central Standard Time (-06:00) without an offset. Dates with an
     * offset are read as written.
     */
    private String statusDateZone = "UTC";

    /**
     * The longest stretch of time one status query covers. A longer window (after a restart or an outage) is read slice
     * by slice, and the window moves on after each slice whose statuses were all delivered.
     */
    private Long statusWindowSlice = 86400000L;

    /**
     * The body field holding the ContactKey, matched exactly and then ignoring case. It is not sent in Data unless
     * contactKeyInData is true.
     */
    private String contactKeyField = "ContactKey";

    /**
     * Whether the contact key field of the body is also sent as a Data field, for entry data extensions that have a
     * field of that name.
     */
    private Boolean contactKeyInData = false;

    /**
     * With operation=confirmMembership: look the contacts contactMembership did not find up in Journey History (kept 30
     * days), 50 contacts a search, at most 10 pages of 100 rows each. A contact with a row of this journey's versions
     * entered and has left (enteredAndLeft, with the row in CamelSfmcJourneyJourneyHistory); one whose history was read
     * in full without such a row is noHistoryFound. A history that cannot be read (no permission, 404,
     * journeyHistoryTimeout) fails nothing: those contacts stay notFound, with why in
     * CamelSfmcJourneyMembershipWarnings. Needs preflight (it names the journey's versions).
     */
    private Boolean journeyHistory = false;

    /**
     * The total time, in milliseconds, the Journey History searches of one exchange may take (journeyHistory=true). The
     * contacts not read by then stay notFound, with a warning.
     */
    private Long journeyHistoryTimeout = 60000L;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * What the producer does: enter (default) sends the contacts to the journey; confirmMembership asks SFMC's
     * contactMembership API, 50 contact keys a call, which of the contacts (contact keys, or contacts as for entry) are
     * in this event definition's journey now, and puts the answer in headers.
     */
    private String operation = "enter";

    /**
     * The most SFMC API calls in flight at once for these credentials, shared by every endpoint of the component that
     * uses them (SFMC answers 429 errorcode 50200 to too many concurrent calls). Calls over the limit wait without
     * blocking a thread. 0 means no limit.
     */
    private Integer maxConcurrentRequests;

    /**
     * How many times a failed SFMC call is retried: 429 and 503 after their Retry-After, 500, 502, 504 and calls that
     * could not be sent (connection refused, connect timeout, token endpoint unreachable) after an exponential backoff
     * with jitter. Other 4xx answers are never retried. 0 disables retries.
     */
    private Integer maximumRetries = 3;

    /**
     * The most SFMC API calls started per second for these credentials (clientId, business unit and scope), shared by
     * every endpoint of the component that uses them. Calls over the limit wait without blocking a thread. 0 means no
     * limit.
     */
    private Double maxRequestsPerSecond;

    /**
     * With reconcileUnknownOutcome: how long to wait after the failed entry call before the first look, in
     * milliseconds. SFMC needs time before an entry shows in the status API and in contactMembership.
     */
    private Long reconcileDelay = 10000L;

    /**
     * With reconcileUnknownOutcome: the time between two looks at SFMC for contacts not found yet, in milliseconds.
     */
    private Long reconcileInterval = 15000L;

    /**
     * With reconcileUnknownOutcome: how long after the failed entry call SFMC is asked, in milliseconds. A contact not
     * found by then, every look having succeeded, is reported not received; the exchange completes at the latest one
     * requestTimeout later.
     */
    private Long reconcileTimeout = 180000L;

    /**
     * Whether an entry whose outcome is unknown (no answer within requestTimeout, the connection dropped after the
     * request was sent, an unreadable answer) is checked with SFMC before the exchange completes: the status API by
     * contactKey and eventDefinitionKey from the send time, and contactMembership for a single entry. A contact SFMC
     * lists is reported queued; one not found in any look until reconcileTimeout is reported not received, safe to
     * resend; anything else stays unknown. The exchange is held meanwhile (at most reconcileTimeout plus one
     * requestTimeout). See docs/reliability.md for what this can and cannot tell.
     */
    private Boolean reconcileUnknownOutcome = false;

    /**
     * The backoff before the first retry when SFMC gave no Retry-After, in milliseconds. It doubles with each retry
     * (with jitter) up to retryMaxDelay.
     */
    private Long retryInitialDelay = 500L;

    /**
     * The longest wait before a retry, in milliseconds. It caps the exponential backoff; a Retry-After longer than this
     * is not waited for: the call fails at once with the exception's retryAfter set, for the route's redelivery policy
     * or dead-letter channel to handle.
     */
    private Long retryMaxDelay = 30000L;

    /**
     * Whether an entry call whose outcome is unknown (no answer within requestTimeout, or the connection dropped after
     * the request was sent) is retried too. SFMC may have queued such a call, and entry events are not idempotent, so a
     * retry can enter a contact twice: enable it only when a duplicate entry is acceptable.
     */
    private Boolean retryOnUnknownOutcome = false;

    /**
     * The auth base URL, overriding the one derived from subdomain. Meant for tests against a local simulator.
     */
    private String authUrl;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * The thread pool on which a route continues after SFMC answered (or a call failed). By default a pool of Camel's
     * default thread pool profile, named SfmcJourneyCallbacks and shut down with the component; never the HTTP client's
     * I/O threads, which a slow route step would stall.
     */
    private java.util.concurrent.ExecutorService callbackExecutorService;

    /**
     * A pooled connection idle for longer than this is never reused, and is closed in the background. Keep it below the
     * idle timeout of every load balancer or proxy between the route and SFMC, so that no request is sent on a
     * connection they are closing (which would make its outcome unknown).
     */
    private Long connectionIdleTimeout = 20000L;

    /**
     * A connection older than this is not reused, however busy, so that DNS changes of the SFMC hosts are picked up. 0
     * means no limit.
     */
    private Long connectionTimeToLive = 0L;

    /**
     * How long to wait for a TCP/TLS connection to SFMC, in milliseconds.
     */
    private Long connectTimeout = 10000L;

    /**
     * A hook to customise the Apache HttpClient 5 async client builder and its connection manager builder after the
     * component has applied its own options, for example to add an interceptor or tune TLS. Endpoints with the same
     * configurer instance and options share one client.
     */
    private io.github.camelsfmc.journey.SfmcJourneyHttpClientConfigurer httpClientConfigurer;

    /**
     * The Jackson ObjectMapper used to read bodies and write Data values. By default a private mapper that writes
     * java.time values as ISO-8601 strings. A custom mapper must not rename properties, or SFMC will not recognise
     * them.
     */
    private com.fasterxml.jackson.databind.ObjectMapper objectMapper;

    /**
     * The total time one SFMC API call may take, in milliseconds: waiting for a connection, connecting, sending, and
     * reading the whole answer (a server that trickles its answer is cut off here). An entry call that runs out of time
     * after it may have been sent has an unknown outcome and is not retried automatically.
     */
    private Long requestTimeout = 30000L;

    /**
     * The REST base URL, overriding the rest_instance_url of the token response (which is the right one for real SFMC).
     */
    private String restUrl;

    /**
     * A pooled HTTP/2 connection idle for longer than this is pinged before it is used. Deprecated: Apache HttpClient
     * 5.5 does not check HTTP/1.1 connections, and HTTP/2 is used only when TLS negotiates it; connectionIdleTimeout
     * keeps pooled connections from going stale whatever the version. Deprecation note: Acts only on HTTP/2
     * connections, which the client uses only when TLS negotiates them; connectionIdleTimeout keeps pooled connections
     * fresh for every HTTP version
     */
    @Deprecated
    private Long validateAfterInactivity;

    /**
     * How many batch requests of one message may be in flight at once when a List is split into several requests.
     */
    private Integer batchConcurrency = 4;

    /**
     * The most contacts sent in one batch request when the body is a List. SFMC accepts at most 100; a longer list is
     * split into several requests.
     */
    private Integer batchSize = 100;

    /**
     * Whether a batch in which some contacts were rejected (by SFMC or by validation) fails the exchange, with the
     * rejected contacts in the exception. When false they are only reported in the CamelSfmcJourneyBatchResult header
     * and the exchange fails only for contacts whose request failed.
     */
    private Boolean failOnRejectedMembers = true;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by default
     * disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * The host of an HTTP proxy to reach SFMC (token and REST calls) through.
     */
    private String proxyHost;

    /**
     * The password for an HTTP proxy that requires authentication.
     */
    private String proxyPassword;

    /**
     * The port of the HTTP proxy named by proxyHost.
     */
    private Integer proxyPort;

    /**
     * The user name for an HTTP proxy that requires authentication.
     */
    private String proxyUsername;

    /**
     * The client id of the Server-to-Server API integration in Setup, Apps, Installed Packages.
     */
    private String clientId;

    /**
     * The client secret of the installed package. Use a property placeholder or vault reference, never a literal in
     * source: it is masked in logs and endpoint URIs.
     */
    private String clientSecret;

    /**
     * Space-separated scopes to request, for example journeys_execute journeys_read data_extensions_read. Without it
     * the token gets every permission of the installed package.
     */
    private String scope;

    /**
     * TLS settings (trust store, key store, protocols, cipher suites) for the calls to SFMC, as Camel
     * SSLContextParameters. Without it the JVM's default trust store is used.
     */
    private org.apache.camel.support.jsse.SSLContextParameters sslContextParameters;

    /**
     * How long before expiry a cached token is replaced, in milliseconds. SFMC tokens live about 18 minutes; a token is
     * never refreshed before half its lifetime.
     */
    private Long tokenRefreshMargin = 120000L;

    /**
     * How many seconds before expiry a cached token is replaced. Deprecated: use tokenRefreshMargin; this sets it.
     * Deprecation note: Use tokenRefreshMargin, a duration like every other time option
     */
    @Deprecated
    private Integer tokenRefreshMarginSeconds;

    /**
     * The total time one token request may take, in milliseconds, from the start of the call to the end of the answer.
     */
    private Long tokenTimeout = 30000L;

    /**
     * Whether endpoints without sslContextParameters use the CamelContext's global SSLContextParameters.
     */
    private Boolean useGlobalSslContextParameters = false;

    /**
     * When the event definition's schema names a sendable field (the Data field Journey Builder takes the contact key
     * from) and a contact's Data has no value for it, put the ContactKey there. Off, such a contact is refused in
     * STRICT. Applies while validation is not OFF, since the field is known from preflight.
     */
    private Boolean fillSendableField = true;

    /**
     * Checks when the producer starts that contacts can enter: the event definition key exists and is an API event,
     * every version of the journeys using it (the running version decides; their status and re-entry mode are
     * reported), and the entry data extension's fields. OFF skips it, WARN logs what it finds (once per change of
     * state), STRICT fails the route start-up on a known problem, with what to fix in Journey Builder; when the facts
     * cannot be read within preflightTimeout it starts with them unknown. A consumer-only endpoint runs no preflight.
     * Needs Journeys Read and Data Extensions Read on the installed package.
     */
    private CheckMode preflight = CheckMode.WARN;

    /**
     * The total time, in milliseconds, one preflight (all its reads of SFMC) may take. When it is over, what was not
     * read is unknown: contacts are sent unchecked, each with a warning in CamelSfmcJourneyWarnings, never held. The
     * first contacts wait for the first preflight at most this long, and so does the start of a route with
     * preflight=strict.
     */
    private Long preflightTimeout = 30000L;

    /**
     * How many contact keys this endpoint remembers to flag a contact sent twice to a journey whose entry mode forbids
     * re-entry (OnceAndDone, SingleEntryAcrossAllVersions). Keys are kept only while preflight reports such a journey;
     * the oldest are forgotten first, so memory stays bounded (measured: about 11 MB per 100000 keys of 10 characters,
     * 14 MB for 36-character UUIDs); 0 turns the check off.
     */
    private Integer reentryTrackingSize = 100000;

    /**
     * How often, in milliseconds, the journey state and entry schema are read again from SFMC. They are also read again
     * as soon as SFMC rejects a payload, so an edited journey is picked up without a restart.
     */
    private Long schemaRefreshInterval = 300000L;

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
    private CheckMode validation = CheckMode.STRICT;

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public io.github.camelsfmc.journey.SfmcJourneyConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(io.github.camelsfmc.journey.SfmcJourneyConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getSubdomain() {
        return subdomain;
    }

    public void setSubdomain(String subdomain) {
        this.subdomain = subdomain;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public String getRequestIds() {
        return requestIds;
    }

    public void setRequestIds(String requestIds) {
        this.requestIds = requestIds;
    }

    public Long getSettleTime() {
        return settleTime;
    }

    public void setSettleTime(Long settleTime) {
        this.settleTime = settleTime;
    }

    public Integer getStatusDeliveryAttempts() {
        return statusDeliveryAttempts;
    }

    public void setStatusDeliveryAttempts(Integer statusDeliveryAttempts) {
        this.statusDeliveryAttempts = statusDeliveryAttempts;
    }

    public Boolean getStatusesAsList() {
        return statusesAsList;
    }

    public void setStatusesAsList(Boolean statusesAsList) {
        this.statusesAsList = statusesAsList;
    }

    public Long getStatusLookback() {
        return statusLookback;
    }

    public void setStatusLookback(Long statusLookback) {
        this.statusLookback = statusLookback;
    }

    public Long getStatusOverlap() {
        return statusOverlap;
    }

    public void setStatusOverlap(Long statusOverlap) {
        this.statusOverlap = statusOverlap;
    }

    public Integer getStatusPageSize() {
        return statusPageSize;
    }

    public void setStatusPageSize(Integer statusPageSize) {
        this.statusPageSize = statusPageSize;
    }

    public String getStatusType() {
        return statusType;
    }

    public void setStatusType(String statusType) {
        this.statusType = statusType;
    }

    public org.apache.camel.spi.IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(org.apache.camel.spi.IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(
            org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStatusDateZone() {
        return statusDateZone;
    }

    public void setStatusDateZone(String statusDateZone) {
        this.statusDateZone = statusDateZone;
    }

    public Long getStatusWindowSlice() {
        return statusWindowSlice;
    }

    public void setStatusWindowSlice(Long statusWindowSlice) {
        this.statusWindowSlice = statusWindowSlice;
    }

    public String getContactKeyField() {
        return contactKeyField;
    }

    public void setContactKeyField(String contactKeyField) {
        this.contactKeyField = contactKeyField;
    }

    public Boolean getContactKeyInData() {
        return contactKeyInData;
    }

    public void setContactKeyInData(Boolean contactKeyInData) {
        this.contactKeyInData = contactKeyInData;
    }

    public Boolean getJourneyHistory() {
        return journeyHistory;
    }

    public void setJourneyHistory(Boolean journeyHistory) {
        this.journeyHistory = journeyHistory;
    }

    public Long getJourneyHistoryTimeout() {
        return journeyHistoryTimeout;
    }

    public void setJourneyHistoryTimeout(Long journeyHistoryTimeout) {
        this.journeyHistoryTimeout = journeyHistoryTimeout;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public Integer getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(Integer maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public Integer getMaximumRetries() {
        return maximumRetries;
    }

    public void setMaximumRetries(Integer maximumRetries) {
        this.maximumRetries = maximumRetries;
    }

    public Double getMaxRequestsPerSecond() {
        return maxRequestsPerSecond;
    }

    public void setMaxRequestsPerSecond(Double maxRequestsPerSecond) {
        this.maxRequestsPerSecond = maxRequestsPerSecond;
    }

    public Long getReconcileDelay() {
        return reconcileDelay;
    }

    public void setReconcileDelay(Long reconcileDelay) {
        this.reconcileDelay = reconcileDelay;
    }

    public Long getReconcileInterval() {
        return reconcileInterval;
    }

    public void setReconcileInterval(Long reconcileInterval) {
        this.reconcileInterval = reconcileInterval;
    }

    public Long getReconcileTimeout() {
        return reconcileTimeout;
    }

    public void setReconcileTimeout(Long reconcileTimeout) {
        this.reconcileTimeout = reconcileTimeout;
    }

    public Boolean getReconcileUnknownOutcome() {
        return reconcileUnknownOutcome;
    }

    public void setReconcileUnknownOutcome(Boolean reconcileUnknownOutcome) {
        this.reconcileUnknownOutcome = reconcileUnknownOutcome;
    }

    public Long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Boolean getRetryOnUnknownOutcome() {
        return retryOnUnknownOutcome;
    }

    public void setRetryOnUnknownOutcome(Boolean retryOnUnknownOutcome) {
        this.retryOnUnknownOutcome = retryOnUnknownOutcome;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public java.util.concurrent.ExecutorService getCallbackExecutorService() {
        return callbackExecutorService;
    }

    public void setCallbackExecutorService(java.util.concurrent.ExecutorService callbackExecutorService) {
        this.callbackExecutorService = callbackExecutorService;
    }

    public Long getConnectionIdleTimeout() {
        return connectionIdleTimeout;
    }

    public void setConnectionIdleTimeout(Long connectionIdleTimeout) {
        this.connectionIdleTimeout = connectionIdleTimeout;
    }

    public Long getConnectionTimeToLive() {
        return connectionTimeToLive;
    }

    public void setConnectionTimeToLive(Long connectionTimeToLive) {
        this.connectionTimeToLive = connectionTimeToLive;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public io.github.camelsfmc.journey.SfmcJourneyHttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(
            io.github.camelsfmc.journey.SfmcJourneyHttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public com.fasterxml.jackson.databind.ObjectMapper getObjectMapper() {
        return objectMapper;
    }

    public void setObjectMapper(com.fasterxml.jackson.databind.ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getRestUrl() {
        return restUrl;
    }

    public void setRestUrl(String restUrl) {
        this.restUrl = restUrl;
    }

    @Deprecated
    public Long getValidateAfterInactivity() {
        return validateAfterInactivity;
    }

    public void setValidateAfterInactivity(Long validateAfterInactivity) {
        this.validateAfterInactivity = validateAfterInactivity;
    }

    public Integer getBatchConcurrency() {
        return batchConcurrency;
    }

    public void setBatchConcurrency(Integer batchConcurrency) {
        this.batchConcurrency = batchConcurrency;
    }

    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    public Boolean getFailOnRejectedMembers() {
        return failOnRejectedMembers;
    }

    public void setFailOnRejectedMembers(Boolean failOnRejectedMembers) {
        this.failOnRejectedMembers = failOnRejectedMembers;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public org.apache.camel.support.jsse.SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(org.apache.camel.support.jsse.SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Long getTokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public void setTokenRefreshMargin(Long tokenRefreshMargin) {
        this.tokenRefreshMargin = tokenRefreshMargin;
    }

    @Deprecated
    public Integer getTokenRefreshMarginSeconds() {
        return tokenRefreshMarginSeconds;
    }

    public void setTokenRefreshMarginSeconds(Integer tokenRefreshMarginSeconds) {
        this.tokenRefreshMarginSeconds = tokenRefreshMarginSeconds;
    }

    public Long getTokenTimeout() {
        return tokenTimeout;
    }

    public void setTokenTimeout(Long tokenTimeout) {
        this.tokenTimeout = tokenTimeout;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public Boolean getFillSendableField() {
        return fillSendableField;
    }

    public void setFillSendableField(Boolean fillSendableField) {
        this.fillSendableField = fillSendableField;
    }

    public CheckMode getPreflight() {
        return preflight;
    }

    public void setPreflight(CheckMode preflight) {
        this.preflight = preflight;
    }

    public Long getPreflightTimeout() {
        return preflightTimeout;
    }

    public void setPreflightTimeout(Long preflightTimeout) {
        this.preflightTimeout = preflightTimeout;
    }

    public Integer getReentryTrackingSize() {
        return reentryTrackingSize;
    }

    public void setReentryTrackingSize(Integer reentryTrackingSize) {
        this.reentryTrackingSize = reentryTrackingSize;
    }

    public Long getSchemaRefreshInterval() {
        return schemaRefreshInterval;
    }

    public void setSchemaRefreshInterval(Long schemaRefreshInterval) {
        this.schemaRefreshInterval = schemaRefreshInterval;
    }

    public CheckMode getValidation() {
        return validation;
    }

    public void setValidation(CheckMode validation) {
        this.validation = validation;
    }
}
