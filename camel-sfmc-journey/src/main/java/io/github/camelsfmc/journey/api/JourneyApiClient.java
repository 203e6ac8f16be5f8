package io.github.camelsfmc.journey.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelsfmc.journey.SfmcJourneyException;
import io.github.camelsfmc.journey.auth.AccessToken;
import io.github.camelsfmc.journey.auth.AccessTokenProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticated calls to the SFMC REST API. It adds the bearer token, resolves paths against {@code restUrl} (or the
 * {@code rest_instance_url} of the token), and, when SFMC answers 401 to a token, fetches a new one and repeats the
 * call once. Every other status is returned to the caller as is.
 */
public final class JourneyApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyApiClient.class);

    private final HttpClient httpClient;
    private final AccessTokenProvider tokens;
    private final String restUrl;
    private final Duration requestTimeout;

    /**
     * @param restUrl the REST base URL, or null to use the {@code rest_instance_url} of each token
     */
    public JourneyApiClient(HttpClient httpClient, AccessTokenProvider tokens, String restUrl, Duration requestTimeout) {
        this.httpClient = httpClient;
        this.tokens = tokens;
        this.restUrl = restUrl;
        this.requestTimeout = requestTimeout;
    }

    public CompletableFuture<ApiResponse> post(String path, byte[] json) {
        return execute(path, HttpRequest.BodyPublishers.ofByteArray(json), true);
    }

    public CompletableFuture<ApiResponse> get(String pathAndQuery) {
        return execute(pathAndQuery, null, false);
    }

    public AccessTokenProvider getTokenProvider() {
        return tokens;
    }

    private CompletableFuture<ApiResponse> execute(String path, HttpRequest.BodyPublisher body, boolean post) {
        return tokens.token()
                .thenCompose(token -> send(token, path, body, post))
                .thenCompose(first -> {
                    if (first.response().statusCode() != 401) {
                        return CompletableFuture.completedFuture(first.response());
                    }
                    LOG.debug("SFMC answered 401 to {}; requesting a new token and repeating the call once", path);
                    tokens.invalidate(first.token());
                    return tokens.token().thenCompose(token -> send(token, path, body, post)).thenApply(Sent::response);
                });
    }

    private CompletableFuture<Sent> send(AccessToken token, String path, HttpRequest.BodyPublisher body, boolean post) {
        URI uri = URI.create(base(token) + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json");
        if (post) {
            builder.header("Content-Type", "application/json; charset=UTF-8").POST(body);
        } else {
            builder.GET();
        }
        return httpClient.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        throw new CompletionException(transportFailure(uri, post, unwrap(error)));
                    }
                    return new Sent(token, new ApiResponse(uri, response.statusCode(), response.body(),
                            RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null))));
                });
    }

    private String base(AccessToken token) {
        String base = restUrl != null ? restUrl : token.restInstanceUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private SfmcJourneyException transportFailure(URI uri, boolean post, Throwable error) {
        if (error instanceof HttpConnectTimeoutException || error instanceof java.net.ConnectException) {
            // nothing was sent: safe to retry
            return new SfmcJourneyException("Could not connect to SFMC at " + uri + ": " + describe(error)
                                            + ". Check restUrl/subdomain and network access.",
                    0, null, null, null, error);
        }
        if (post) {
            String reason = error instanceof HttpTimeoutException
                    ? "no answer within requestTimeout=" + requestTimeout.toMillis() + " ms"
                    : "the connection failed after the request was sent (" + describe(error) + ")";
            return SfmcJourneyException.outcomeUnknown(
                    "SFMC call to " + uri + " failed: " + reason + ". SFMC may or may not have queued the contacts; entry"
                                                       + " events are not idempotent, so they are not retried automatically."
                                                       + " Check Journey Builder before replaying them.",
                    error);
        }
        return new SfmcJourneyException("SFMC call to " + uri + " failed: " + describe(error), 0, null, null, null, error);
    }

    private static String describe(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() != null ? " " + error.getMessage() : "");
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private record Sent(AccessToken token, ApiResponse response) {
    }
}
