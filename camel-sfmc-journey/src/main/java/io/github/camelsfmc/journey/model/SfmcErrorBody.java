package io.github.camelsfmc.journey.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The error bodies SFMC answers with: REST errors ({@code message}, {@code errorcode}, {@code retryAfter}) and the
 * OAuth2 token errors ({@code error}, {@code error_description}). Every field may be absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SfmcErrorBody(
        String message,
        @JsonAlias("errorCode") Integer errorcode,
        Integer retryAfter,
        String error,
        @JsonAlias("error_description") String errorDescription) {
}
