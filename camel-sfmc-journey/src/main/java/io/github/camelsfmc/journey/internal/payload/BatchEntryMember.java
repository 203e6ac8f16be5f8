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

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One member of {@code POST /interaction/v1/async/events}. The batch API uses camelCase ({@code contactKey},
 * {@code data}), unlike the single-event API.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BatchEntryMember(String contactKey, Map<String, Object> data) {}
