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
package io.github.camelsfmc.journey.internal.membership;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.internal.api.ApiErrorTranslator;
import io.github.camelsfmc.journey.internal.api.JourneyApiClient;
import io.github.camelsfmc.journey.internal.http.ApiResponse;
import io.github.camelsfmc.journey.internal.http.SfmcApi;
import io.github.camelsfmc.journey.internal.http.SfmcCallFailure;
import io.github.camelsfmc.journey.internal.payload.ContactMembershipResponse;
import io.github.camelsfmc.journey.internal.payload.ContactMembershipResponse.Membership;
import io.github.camelsfmc.journey.model.SfmcJourneyException.SfmcAnswer;

/**
 * Asks {@code POST /interaction/v1/interactions/contactMembership} about contact keys, at most {@value #KEYS_PER_CALL}
 * a call (SFMC's limit), one call after another, each through the client's token, throttle, retries and deadline. The
 * first failed call fails the whole check: a partial answer would let a route count only part of its contacts.
 */
public final class MembershipCheck {

    public static final int KEYS_PER_CALL = 50;

    private final JourneyApiClient api;
    private final ObjectMapper objectMapper;
    private final ApiErrorTranslator errorTranslator;

    public MembershipCheck(JourneyApiClient api, ObjectMapper objectMapper, ApiErrorTranslator errorTranslator) {
        this.api = api;
        this.objectMapper = objectMapper;
        this.errorTranslator = errorTranslator;
    }

    /**
     * Asks about each contact's lookup key (each key once).
     *
     * @param eventDefinitionKey named in error messages only
     */
    public CompletableFuture<MembershipFindings> check(List<AskedContact> contacts, String eventDefinitionKey) {
        List<String> lookupKeys = new ArrayList<>(new LinkedHashSet<>(
                contacts.stream().map(AskedContact::lookupKey).toList()));
        List<Membership> memberships = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        return KeyParts.oneAfterAnother(
                        lookupKeys,
                        KEYS_PER_CALL,
                        part -> call(part, eventDefinitionKey).thenAccept(answer -> {
                            memberships.addAll(answer.memberships());
                            notFound.addAll(answer.notFound());
                        }))
                .thenApply(done -> new MembershipFindings(contacts, memberships, notFound, null));
    }

    private CompletableFuture<ContactMembershipResponse> call(List<String> part, String eventDefinitionKey) {
        byte[] json;
        try {
            json = objectMapper.writeValueAsBytes(Map.of("ContactKeyList", part));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
        return api.post(SfmcApi.MEMBERSHIP.path(), json).thenApply(response -> answer(response, eventDefinitionKey));
    }

    private ContactMembershipResponse answer(ApiResponse response, String eventDefinitionKey) {
        if (!response.isSuccess()) {
            throw withScopeAdvice(errorTranslator.toFailure(response, eventDefinitionKey));
        }
        ContactMembershipResponse parsed = response.bodyAs(objectMapper, ContactMembershipResponse.class);
        if (parsed == null || parsed.memberships() == null || parsed.notFound() == null) {
            // an answer without both lists says nothing, and must not be read as "found in no journey"
            throw SfmcCallFailure.refused(
                    "SFMC answered HTTP " + response.statusCode() + " to " + SfmcApi.MEMBERSHIP.path()
                            + " without the contactMemberships and contactsNotFound lists, so whether the contacts"
                            + " are in a journey is unknown.",
                    SfmcAnswer.status(response.statusCode()));
        }
        return parsed;
    }

    private static SfmcCallFailure withScopeAdvice(SfmcCallFailure refusal) {
        Integer code = refusal.answer().errorCode();
        if (refusal.status() != 403 || (code != null && code == 40002)) {
            return refusal;
        }
        return SfmcCallFailure.refused(
                "Confirming journey membership needs the journeys_read scope (Installed Packages: Journeys > Read);"
                        + " add it to the installed package and to the scope option if that is set. "
                        + refusal.getMessage(),
                refusal.answer());
    }
}
