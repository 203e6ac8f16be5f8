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
import java.util.stream.Stream;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

import io.github.camelsfmc.journey.SfmcJourneyAggregationStrategy;
import io.github.camelsfmc.journey.internal.payload.BatchEntryResponse;
import io.github.camelsfmc.journey.model.BatchEntryResult;
import io.github.camelsfmc.journey.model.EntryEvent;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;

/**
 * Build steps of the sfmc-journey extension. The component itself is discovered by Camel Quarkus core from its
 * service files and Jandex index; what this adds is the feature name and what a native image needs: SSL for the HTTPS
 * calls to Marketing Cloud, and reflection for the classes Jackson binds or YAML {@code beans:} instantiate.
 */
class SfmcJourneyProcessor {

    static final String FEATURE = "camel-sfmc-journey";

    /**
     * The Jackson request and response bodies (internal) and the public model (EntryEvent, results, statuses); every
     * class in them is (de)serialised reflectively.
     */
    static final List<String> MODEL_PACKAGES =
            List.of(BatchEntryResponse.class.getPackageName() + ".", EntryEvent.class.getPackageName() + ".");

    static final String AGGREGATION_STRATEGY = SfmcJourneyAggregationStrategy.class.getName();

    /** Put in a header after a batch; its records are read reflectively by simple language and JSON tooling. */
    static final String BATCH_ENTRY_RESULT = BatchEntryResult.class.getName();

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    ExtensionSslNativeSupportBuildItem activateSslNativeSupport() {
        return new ExtensionSslNativeSupportBuildItem(FEATURE);
    }

    @BuildStep
    void registerForReflection(
            CombinedIndexBuildItem combinedIndex, BuildProducer<ReflectiveClassBuildItem> reflectiveClasses) {
        IndexView index = combinedIndex.getIndex();
        reflectiveClasses.produce(reflectiveMethodsAndFields(modelClasses(index), "Jackson-bound SFMC API bodies"));
        reflectiveClasses.produce(reflectiveMethodsAndFields(batchResultClasses(index), "batch result header"));
        reflectiveClasses.produce(ReflectiveClassBuildItem.builder(AGGREGATION_STRATEGY)
                .reason(getClass().getName() + ": aggregation strategy instantiated by name, e.g. from YAML beans")
                .methods()
                .build());
    }

    static List<String> modelClasses(IndexView index) {
        return index.getKnownClasses().stream()
                .map(classInfo -> classInfo.name().toString())
                .filter(name -> MODEL_PACKAGES.stream().anyMatch(name::startsWith))
                .sorted()
                .toList();
    }

    /** BatchEntryResult and its nested records (QueuedContact, RejectedContact, ...), whatever they are called. */
    static List<String> batchResultClasses(IndexView index) {
        Stream<String> nested = index.getKnownClasses().stream()
                .map(ClassInfo::name)
                .map(Object::toString)
                .filter(name -> name.startsWith(BATCH_ENTRY_RESULT + "$"));
        return Stream.concat(Stream.of(BATCH_ENTRY_RESULT), nested).sorted().toList();
    }

    private ReflectiveClassBuildItem reflectiveMethodsAndFields(List<String> classNames, String why) {
        return ReflectiveClassBuildItem.builder(classNames.toArray(String[]::new))
                .reason(getClass().getName() + ": " + why)
                .methods()
                .fields()
                .build();
    }
}
