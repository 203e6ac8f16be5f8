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
package io.github.camelsfmc.journey.internal.entry;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.github.camelsfmc.journey.model.SfmcJourneyException;

import static org.assertj.core.api.Assertions.assertThat;

class UndeliveredTest {

    private static final List<Object> CONTACTS = Arrays.asList("contact-1", null);

    @Test
    void anErrorOfTheComponentBeforeTheRequestIsNotSentAndNamesTheContacts() {
        SfmcJourneyException failure = Undelivered.failure(new IllegalStateException("serializer broke"), CONTACTS);

        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getUndeliveredContacts()).containsExactly("contact-1", null);
        assertThat(failure).hasMessageContaining("serializer broke");
    }

    @Test
    void anErrorOfTheComponentAfterTheRequestWasMadeLeavesTheOutcomeUnknown() {
        SfmcJourneyException failure = Undelivered.afterCall(
                new CompletionException(new IllegalStateException("recording the answer broke")), CONTACTS);

        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.getUndeliveredContacts()).containsExactly("contact-1", null);
        assertThat(failure)
                .hasMessageContaining("recording the answer broke")
                .hasMessageContaining("whether SFMC queued the contacts is unknown");
    }
}
