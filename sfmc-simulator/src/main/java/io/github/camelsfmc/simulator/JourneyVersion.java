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

import java.time.Instant;
import java.util.List;

/**
 * One version of a journey, as {@code GET /interaction/v1/interactions} lists it, plus what SFMC keeps to itself: the
 * pause mode and the schema snapshot taken when the version was activated (fields added to the data extension later
 * are not seen by it). Immutable: a change of status makes a new value.
 *
 * @param number       the version number, from 1
 * @param id           the version's interaction id (version 1 keeps the journey's {@link Journey#id()})
 * @param status       Draft, Published, Paused, Finishing ("Unpublished") or Stopped
 * @param createdAt    when the version was created
 * @param changedAt    when its status last changed ({@code modifiedDate})
 * @param activatedAt  when it was published ({@code lastPublishedDate}); null while never published
 * @param pauseMode    what a Paused version does with arriving contacts; null unless Paused
 * @param activeFields the entry data extension's fields as the version saw them when activated; for a version never
 *                     activated, empty
 */
public record JourneyVersion(
        int number,
        String id,
        JourneyStatus status,
        Instant createdAt,
        Instant changedAt,
        Instant activatedAt,
        PauseMode pauseMode,
        List<DataExtensionField> activeFields) {

    public JourneyVersion {
        activeFields = List.copyOf(activeFields);
    }

    JourneyVersion withStatus(JourneyStatus newStatus, Instant at, PauseMode mode) {
        return new JourneyVersion(number, id, newStatus, createdAt, at, activatedAt, mode, activeFields);
    }

    JourneyVersion activated(Instant at, List<DataExtensionField> fields) {
        return new JourneyVersion(number, id, JourneyStatus.PUBLISHED, createdAt, at, at, null, fields);
    }
}
