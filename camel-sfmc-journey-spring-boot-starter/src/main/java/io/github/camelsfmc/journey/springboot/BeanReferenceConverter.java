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
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Turns {@code #name} or {@code #bean:name} in a {@code camel.component.sfmc-journey.*} property into the bean of that
 * name, for the options that take a bean. Spring applies it to every configuration property of these types, as it does
 * for the converters of camel-spring-boot's own starters.
 */
final class BeanReferenceConverter implements GenericConverter {

    /** Values that are written as text; every other type of a property field takes a bean. */
    private static final Set<Class<?>> TEXT_TYPES =
            Set.of(String.class, Boolean.class, Integer.class, Long.class, Double.class);

    /** The types of the options that take a bean, read from the properties class so a new one is never missed. */
    private static final Set<Class<?>> BEAN_OPTION_TYPES = Arrays.stream(
                    SfmcJourneyComponentConfiguration.class.getDeclaredFields())
            .filter(field -> !Modifier.isStatic(field.getModifiers()))
            .map(Field::getType)
            .filter(type -> !TEXT_TYPES.contains(type) && !type.isEnum() && !type.isPrimitive())
            .collect(Collectors.toUnmodifiableSet());

    private final ObjectProvider<ApplicationContext> applicationContext;

    BeanReferenceConverter(ObjectProvider<ApplicationContext> applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return BEAN_OPTION_TYPES.stream()
                .map(type -> new ConvertiblePair(String.class, type))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString().trim();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException(
                    "A property of type " + targetType.getType().getName()
                            + " takes a bean reference, #beanName or #bean:beanName, not '" + reference + "'");
        }
        String beanName =
                reference.startsWith("#bean:") ? reference.substring("#bean:".length()) : reference.substring(1);
        return applicationContext.getObject().getBean(beanName, targetType.getType());
    }
}
