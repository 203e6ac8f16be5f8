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

import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import io.github.camelsfmc.journey.SfmcJourneyComponent;

/**
 * Configures the sfmc-journey component from {@code camel.component.sfmc-journey.*}, as camel-spring-boot's own
 * component starters do: Camel creates the component when a route first names it, and the customizer registered here
 * applies the bound properties to it. Off when {@code camel.component.sfmc-journey.enabled} (or
 * {@code camel.component.enabled}) is false.
 * <p>
 * Health and metrics need nothing here: camel-spring-boot's Actuator health indicator reports the component's health
 * checks (camel-health is a dependency of this starter), and the component finds the application's
 * {@code MeterRegistry} in the Camel registry, which on Spring Boot is the application context.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(SfmcJourneyComponent.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", SfmcJourneyComponentConfiguration.PREFIX})
@EnableConfigurationProperties({ComponentConfigurationProperties.class, SfmcJourneyComponentConfiguration.class})
public class SfmcJourneyComponentAutoConfiguration {

    /** Static so that it exists before the properties are bound, which is when it is needed. */
    @Bean
    @ConfigurationPropertiesBinding
    static BeanReferenceConverter sfmcJourneyBeanReferenceConverter(ObjectProvider<ApplicationContext> context) {
        return new BeanReferenceConverter(context);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class ActuatorSanitizing {
        @Bean
        SanitizingFunction sfmcJourneySecretOptionSanitizer() {
            return new SecretOptionSanitizer();
        }
    }

    @Lazy
    @Bean
    ComponentCustomizer sfmcJourneyComponentCustomizer(
            ApplicationContext applicationContext, SfmcJourneyComponentConfiguration configuration) {
        return new SfmcJourneyComponentCustomizer(applicationContext, configuration);
    }
}
