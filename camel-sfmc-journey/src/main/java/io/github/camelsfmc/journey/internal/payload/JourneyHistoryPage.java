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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of {@code POST /interaction/v1/interactions/journeyhistory/search}. SFMC documents the endpoint, its 30-day
 * retention and the history's columns (TransactionTime, ContactKey, Status, DefinitionId, DefinitionName, ActivityId,
 * ActivityName, ActivityType, in the download API). Inferred: the {@code count}/{@code page}/{@code pageSize}/
 * {@code items} envelope of SFMC's other list answers, and the columns as item fields in lower camel case (the
 * documented PascalCase is read as well).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JourneyHistoryPage(Integer count, Integer page, Integer pageSize, List<Row> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(
            @JsonAlias("ContactKey") String contactKey,
            @JsonAlias("DefinitionId") String definitionId,
            @JsonAlias("DefinitionName") String definitionName,
            @JsonAlias("TransactionTime") String transactionTime,
            @JsonAlias("Status") String status,
            @JsonAlias("ActivityName") String activityName,
            @JsonAlias("ActivityType") String activityType) {}
}
