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

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.context.ApplicationContext;

import io.github.camelsfmc.journey.SfmcJourneyComponent;

/**
 * Applies the bound {@code camel.component.sfmc-journey.*} properties to the sfmc-journey component Camel creates. A
 * {@link SfmcJourneyComponent} the application declares as a bean of its own is left as the application built it.
 */
final class SfmcJourneyComponentCustomizer implements ComponentCustomizer {

    /** Properties of the starter itself, not options of the component. */
    private static final String[] STARTER_PROPERTIES = {"enabled", "customizer"};

    private final ApplicationContext applicationContext;
    private final SfmcJourneyComponentConfiguration configuration;

    SfmcJourneyComponentCustomizer(
            ApplicationContext applicationContext, SfmcJourneyComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof SfmcJourneyComponent
                && !isApplicationBean(target)
                && HierarchicalPropertiesEvaluator.evaluate(
                        applicationContext,
                        "camel.component.customizer",
                        SfmcJourneyComponentConfiguration.PREFIX + ".customizer");
    }

    @Override
    public void configure(String name, Component target) {
        // failIfNotSet: an option this starter binds but the component does not have is a bug to report, not skip
        CamelPropertiesHelper.setCamelProperties(target.getCamelContext(), target, componentOptions(target), true);
    }

    /**
     * The options that are set, the shared configuration first: it replaces the whole configuration object, so it must
     * not come after the options that go into it.
     */
    private Map<String, Object> componentOptions(Component target) {
        Map<String, Object> bound = CamelPropertiesHelper.getNonNullProperties(target.getCamelContext(), configuration);
        for (String starterProperty : STARTER_PROPERTIES) {
            bound.remove(starterProperty);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        if (bound.containsKey("configuration")) {
            ordered.put("configuration", bound.remove("configuration"));
        }
        Map<String, Object> deprecated = new LinkedHashMap<>();
        for (Field field : SfmcJourneyComponentConfiguration.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(Deprecated.class) && bound.containsKey(field.getName())) {
                deprecated.put(field.getName(), bound.remove(field.getName()));
            }
        }
        ordered.putAll(bound);
        // last: a deprecated option given explicitly sets the option it stands for, over that option's default
        ordered.putAll(deprecated);
        return ordered;
    }

    private boolean isApplicationBean(Component target) {
        return applicationContext.getBeanProvider(SfmcJourneyComponent.class).stream()
                .anyMatch(bean -> bean == target);
    }
}
