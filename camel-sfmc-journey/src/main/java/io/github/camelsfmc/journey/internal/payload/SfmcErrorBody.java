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
package io.github.camelsfmc.journey.internal.payload;

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
        @JsonAlias("error_description") String errorDescription) {}
