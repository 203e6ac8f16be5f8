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
package io.github.camelsfmc.journey.quarkus.deployment;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelsfmc.journey.SfmcJourneyAggregationStrategy;
import io.github.camelsfmc.journey.SfmcJourneyComponent;
import io.github.camelsfmc.journey.internal.payload.BatchEntryMember;
import io.github.camelsfmc.journey.internal.payload.BatchEntryResponse;
import io.github.camelsfmc.journey.internal.payload.EntryEventResponse;
import io.github.camelsfmc.journey.internal.payload.SfmcErrorBody;
import io.github.camelsfmc.journey.internal.payload.TokenResponse;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;

import jakarta.inject.Inject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a native image would need from the extension, checked on the build items in JVM mode: an extra build step
 * inspects the reflection registrations and fails the build, and with it this test, when one is missing.
 */
class SfmcJourneyReflectionRegistrationTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withEmptyApplication()
            .addBuildChainCustomizer(
                    chain -> chain.addBuildStep(SfmcJourneyReflectionRegistrationTest::verifyRegistrations)
                            .consumes(ReflectiveClassBuildItem.class)
                            .produces(GeneratedResourceBuildItem.class)
                            .build());

    @Inject
    CamelContext camelContext;

    @Test
    void buildRegistersTheModelBatchResultAndAggregationStrategyForReflection() {
        // reaching this point means verifyRegistrations found every registration during the build
        assertThat(camelContext.getComponent("sfmc-journey")).isInstanceOf(SfmcJourneyComponent.class);
    }

    private static void verifyRegistrations(BuildContext context) {
        List<ReflectiveClassBuildItem> registrations = context.consumeMulti(ReflectiveClassBuildItem.class);
        requireRegistered(
                registrations,
                withMethodsAndFields(),
                EntryEvent.class,
                EntryEventResponse.class,
                BatchEntryMember.class,
                BatchEntryResponse.class,
                BatchEntryResponse.MemberResult.class,
                SfmcErrorBody.class,
                TokenResponse.class);
        requireRegistered(
                registrations,
                withMethodsAndFields(),
                BatchEntryResult.class,
                BatchEntryResult.QueuedContact.class,
                BatchEntryResult.RejectedContact.class,
                BatchEntryResult.FailedContact.class);
        requireRegistered(registrations, ReflectiveClassBuildItem::isMethods, SfmcJourneyAggregationStrategy.class);
    }

    private static Predicate<ReflectiveClassBuildItem> withMethodsAndFields() {
        return item -> item.isMethods() && item.isFields();
    }

    private static void requireRegistered(
            List<ReflectiveClassBuildItem> registrations,
            Predicate<ReflectiveClassBuildItem> how,
            Class<?>... classes) {
        Set<String> registered = new TreeSet<>();
        registrations.stream().filter(how).forEach(item -> registered.addAll(item.getClassNames()));
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : classes) {
            if (!registered.contains(type.getName())) {
                missing.add(type.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not registered for reflection as needed: " + missing);
        }
    }
}
