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
package io.github.camelsfmc.journey.internal.status;

import java.time.Instant;
import java.util.List;

import io.github.camelsfmc.journey.model.EntryStatus;

/**
 * The result of one poll: the statuses not delivered before (oldest change first, at most maxMessagesPerPoll), and
 * where the window may move once they are all delivered; {@code nextPosition} is null when it may not move (a page
 * shifted and stayed shifted, SFMC gave no items, or the statuses did not fit in one poll).
 */
public record StatusPoll(List<EntryStatus> statuses, Instant nextPosition) {}
