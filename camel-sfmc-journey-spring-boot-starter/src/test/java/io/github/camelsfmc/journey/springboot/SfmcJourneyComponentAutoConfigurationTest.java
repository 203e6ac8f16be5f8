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
package io.github.camelsfmc.journey.springboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelsfmc.journey.SfmcJourneyComponent;
import io.github.camelsfmc.journey.SfmcJourneyConfiguration;
import io.github.camelsfmc.journey.SfmcJourneyHttpClientConfigurer;
import io.github.camelsfmc.journey.model.CheckMode;

import static org.assertj.core.api.Assertions.assertThat;

class SfmcJourneyComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(CamelAutoConfiguration.class, SfmcJourneyComponentAutoConfiguration.class))
            .withUserConfiguration(OptionBeans.class);

    @Test
    void isRegisteredAsAnAutoConfigurationOfSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(SfmcJourneyComponentAutoConfiguration.class.getName());
    }

    @Test
    void masksTheSecretOptionsInActuatorWhenActuatorIsPresent() {
        runner.run(context ->
                assertThat(context.getBean(SanitizingFunction.class)).isInstanceOf(SecretOptionSanitizer.class));
    }

    /**
     * Deprecated options that set another option (tokenRefreshMarginSeconds sets tokenRefreshMargin): given both at
     * once, one overwrites the other, so each is proven alone in {@link #aDeprecatedAliasStillBinds()}.
     */
    private static final Set<String> ALIASES = Set.of("tokenRefreshMarginSeconds");

    @Test
    void aDeprecatedAliasStillBinds() {
        runner.withPropertyValues("camel.component.sfmc-journey.token-refresh-margin-seconds=45")
                .run(context -> assertThat(sfmcJourney(context.getBean(CamelContext.class))
                                .getConfiguration()
                                .getTokenRefreshMargin())
                        .isEqualTo(45_000L));
    }

    @Test
    void everyComponentOptionBindsFromItsProperty() {
        Map<String, Object> expected = new LinkedHashMap<>();
        List<String> properties = new ArrayList<>();
        ComponentCatalog.componentOptions().forEach((option, entry) -> {
            if (ALIASES.contains(option)) {
                return;
            }
            OptionValue value = nonDefaultValue(option, entry);
            expected.put(option, value.expected());
            properties.add(ComponentCatalog.propertyName(option) + "=" + value.property());
        });

        runner.withPropertyValues(properties.toArray(String[]::new)).run(context -> {
            SfmcJourneyComponent component = sfmcJourney(context.getBean(CamelContext.class));
            PropertyConfigurerGetter options = (PropertyConfigurerGetter) component.getComponentPropertyConfigurer();

            expected.forEach((option, value) -> assertThat(options.getOptionValue(component, option, false))
                    .as(option)
                    .isEqualTo(value));
        });
    }

    @Test
    void aSharedConfigurationBeanReceivesTheOtherOptions() {
        runner.withPropertyValues(
                        "camel.component.sfmc-journey.configuration=#bean:sharedConfiguration",
                        "camel.component.sfmc-journey.client-id=from-properties")
                .run(context -> {
                    SfmcJourneyComponent component = sfmcJourney(context.getBean(CamelContext.class));

                    assertThat(component.getConfiguration()).isSameAs(context.getBean("sharedConfiguration"));
                    assertThat(component.getConfiguration().getClientId()).isEqualTo("from-properties");
                });
    }

    @Test
    void backsOffWhenDisabled() {
        runner.withPropertyValues(
                        "camel.component.sfmc-journey.enabled=false",
                        "camel.component.sfmc-journey.client-id=from-properties")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(SfmcJourneyComponentConfiguration.class);
                    SfmcJourneyComponent component = sfmcJourney(context.getBean(CamelContext.class));
                    assertThat(component.getConfiguration().getClientId()).isNull();
                });
    }

    @Test
    void backsOffWhenAllComponentAutoConfigurationIsDisabled() {
        runner.withPropertyValues(
                        "camel.component.enabled=false", "camel.component.sfmc-journey.client-id=from-properties")
                .run(context -> assertThat(sfmcJourney(context.getBean(CamelContext.class))
                                .getConfiguration()
                                .getClientId())
                        .isNull());
    }

    @Test
    void theComponentOwnSwitchWinsOverTheGlobalOne() {
        runner.withPropertyValues(
                        "camel.component.enabled=false",
                        "camel.component.sfmc-journey.enabled=true",
                        "camel.component.sfmc-journey.client-id=from-properties")
                .run(context -> assertThat(sfmcJourney(context.getBean(CamelContext.class))
                                .getConfiguration()
                                .getClientId())
                        .isEqualTo("from-properties"));
    }

    @Test
    void aComponentBeanOfTheApplicationIsUsedAsTheApplicationBuiltIt() {
        runner.withUserConfiguration(UserComponent.class)
                .withPropertyValues(
                        "camel.component.sfmc-journey.client-id=from-properties",
                        "camel.component.sfmc-journey.batch-size=7")
                .run(context -> {
                    SfmcJourneyComponent component = sfmcJourney(context.getBean(CamelContext.class));

                    assertThat(component).isSameAs(context.getBean("sfmc-journey"));
                    assertThat(component.getConfiguration().getClientId()).isEqualTo("from-bean");
                    assertThat(component.getConfiguration().getBatchSize()).isEqualTo(100);
                });
    }

    private static SfmcJourneyComponent sfmcJourney(CamelContext camelContext) {
        return camelContext.getComponent("sfmc-journey", SfmcJourneyComponent.class);
    }

    private record OptionValue(String property, Object expected) {}

    /** A value unlike the option's default, so that a binding left out shows; beans by reference. */
    private static OptionValue nonDefaultValue(String option, JsonNode entry) {
        String javaType = entry.get("javaType").asText();
        JsonNode defaultValue = entry.get("defaultValue");
        return switch (javaType) {
            case "boolean" -> {
                boolean value = defaultValue == null || !defaultValue.asBoolean();
                yield new OptionValue(String.valueOf(value), value);
            }
            case "int", "java.lang.Integer" -> {
                int value = (defaultValue == null ? 0 : defaultValue.asInt()) + 7;
                yield new OptionValue(String.valueOf(value), value);
            }
            case "long" -> {
                long value = (defaultValue == null ? 0 : defaultValue.asLong()) + 1234;
                yield new OptionValue(String.valueOf(value), value);
            }
            case "double" -> new OptionValue("2.5", 2.5d);
            case "java.lang.String" -> new OptionValue("value-of-" + option, "value-of-" + option);
            case "io.github.camelsfmc.journey.model.CheckMode" -> new OptionValue("off", CheckMode.OFF);
            // a bean option: the bean of OptionBeans named after it; "configuration" is proven by its own test, and
            // set here to a copy of the defaults so that the other options still land in the component's one
            default -> new OptionValue("#bean:" + option, OptionBeans.BEANS.get(option));
        };
    }

    @Configuration(proxyBeanMethods = false)
    static class OptionBeans {
        static final Map<String, Object> BEANS = Map.of(
                "configuration", new SfmcJourneyConfiguration(),
                "idempotentRepository", MemoryIdempotentRepository.memoryIdempotentRepository(),
                "stateRepository", new MemoryStateRepository(),
                "httpClientConfigurer", new SfmcJourneyHttpClientConfigurer() {},
                "objectMapper", new ObjectMapper(),
                "sslContextParameters", new SSLContextParameters(),
                "callbackExecutorService", ForkJoinPool.commonPool());

        @Bean
        SfmcJourneyConfiguration configuration() {
            return (SfmcJourneyConfiguration) BEANS.get("configuration");
        }

        @Bean
        SfmcJourneyConfiguration sharedConfiguration() {
            return new SfmcJourneyConfiguration();
        }

        @Bean
        MemoryIdempotentRepository idempotentRepository() {
            return (MemoryIdempotentRepository) BEANS.get("idempotentRepository");
        }

        @Bean
        MemoryStateRepository stateRepository() {
            return (MemoryStateRepository) BEANS.get("stateRepository");
        }

        @Bean
        SfmcJourneyHttpClientConfigurer httpClientConfigurer() {
            return (SfmcJourneyHttpClientConfigurer) BEANS.get("httpClientConfigurer");
        }

        @Bean
        ObjectMapper objectMapper() {
            return (ObjectMapper) BEANS.get("objectMapper");
        }

        @Bean
        ExecutorService callbackExecutorService() {
            return (ExecutorService) BEANS.get("callbackExecutorService");
        }

        @Bean
        SSLContextParameters sslContextParameters() {
            return (SSLContextParameters) BEANS.get("sslContextParameters");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserComponent {
        @Bean("sfmc-journey")
        SfmcJourneyComponent sfmcJourneyComponent() {
            SfmcJourneyComponent component = new SfmcJourneyComponent();
            component.getConfiguration().setClientId("from-bean");
            return component;
        }
    }
}
