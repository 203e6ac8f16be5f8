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
package io.github.camelsfmc.journey;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of docs/architecture.md, checked on the compiled classes: a small public API, internal packages below
 * it that never reach back up, and exchanges only in the Camel-facing root package.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.camelsfmc.journey";

    /** What users touch. A new public type outside internal packages must be added here on purpose. */
    private static final Set<String> PUBLIC_API = Set.of(
            ROOT + ".SfmcJourneyComponent",
            ROOT + ".SfmcJourneyEndpoint",
            ROOT + ".SfmcJourneyConfiguration",
            ROOT + ".SfmcJourneyConstants",
            ROOT + ".SfmcJourneyAggregationStrategy",
            ROOT + ".SfmcJourneyHttpClientConfigurer",
            ROOT + ".model.EntryEvent",
            ROOT + ".model.EntryStatus",
            ROOT + ".model.BatchEntryResult",
            ROOT + ".model.ReconciliationResult",
            ROOT + ".model.CheckMode",
            ROOT + ".model.SfmcJourneyException",
            ROOT + ".model.SfmcJourneyValidationException",
            ROOT + ".model.PreflightResult",
            ROOT + ".dsl.SfmcJourneyEndpointBuilderFactory");

    /** Written by camel-package-maven-plugin into src/generated; public because Camel loads them by name. */
    private static final Set<String> GENERATED = Set.of(
            ROOT + ".SfmcJourneyComponentConfigurer",
            ROOT + ".SfmcJourneyEndpointConfigurer",
            ROOT + ".SfmcJourneyEndpointUriFactory",
            ROOT + ".SfmcJourneyAggregationStrategyConfigurer");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    @Test
    void publicTypesOutsideInternalPackagesAreExactlyThePublishedApi() {
        Set<String> published = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isTopLevelClass()
                    && type.getModifiers().contains(JavaModifier.PUBLIC)
                    && !type.getPackageName().startsWith(ROOT + ".internal")
                    && !GENERATED.contains(type.getName())) {
                published.add(type.getName());
            }
        }
        assertThat(published).containsExactlyInAnyOrderElementsOf(PUBLIC_API);
        assertThat(PUBLIC_API).hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void lowerLayersNeverImportTheRootPackage() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".internal..", ROOT + ".model..")
                .and()
                .resideOutsideOfPackage(ROOT + ".internal.setup..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .check(classes);
    }

    @Test
    void setupReadsOnlyTheOptionBeansOfTheRootPackage() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".internal.setup..")
                .should()
                .dependOnClassesThat(resideInAPackage(ROOT)
                        .and(not(belongToAnyOf(SfmcJourneyConfiguration.class, SfmcJourneyHttpClientConfigurer.class))))
                .check(classes);
    }

    @Test
    void internalPackagesHaveNoCycles() {
        slices().matching(ROOT + ".internal.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRootPackageHoldsOnlyTheCamelFace() {
        Set<String> root = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.isTopLevelClass() && type.getPackageName().equals(ROOT) && !GENERATED.contains(type.getName())) {
                root.add(type.getSimpleName());
            }
        }
        assertThat(root)
                .containsExactlyInAnyOrder(
                        "SfmcJourneyComponent",
                        "SfmcJourneyEndpoint",
                        "SfmcJourneyMembershipProducer",
                        "SfmcJourneyConfiguration",
                        "SfmcJourneyConstants",
                        "SfmcJourneyAggregationStrategy",
                        "SfmcJourneyHttpClientConfigurer",
                        "SfmcJourneyProducer",
                        "SfmcJourneyConsumer",
                        "SfmcJourneyProducerHealthCheck");
    }

    @Test
    void publicMembersOfThePublishedApiShowNoInternalType() {
        Set<String> leaks = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!PUBLIC_API.contains(type.getName())) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC)) {
                    continue;
                }
                Set<JavaClass> shown = new HashSet<>(method.getRawParameterTypes());
                shown.add(method.getRawReturnType());
                shown.stream()
                        .filter(t -> t.getPackageName().startsWith(ROOT + ".internal"))
                        .forEach(t -> leaks.add(method.getFullName() + " shows " + t.getName()));
            }
            for (JavaConstructor constructor : type.getConstructors()) {
                if (constructor.getModifiers().contains(JavaModifier.PUBLIC)) {
                    constructor.getRawParameterTypes().stream()
                            .filter(t -> t.getPackageName().startsWith(ROOT + ".internal"))
                            .forEach(t -> leaks.add(constructor.getFullName() + " shows " + t.getName()));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void thePublicModelDoesNotDependOnInternals() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".internal..")
                .check(classes);
    }

    @Test
    void onlyTheRootPackageSeesExchanges() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".internal..", ROOT + ".model..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Exchange.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Message.class)
                .check(classes);
    }

    @Test
    void transportAndAuthKnowNothingOfMappingPreflightOrValidation() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".internal.api..", ROOT + ".internal.auth..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".internal.mapping..", ROOT + ".internal.preflight..", ROOT + ".internal.validation..")
                .check(classes);
    }
}
