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
package io.github.camelsfmc.examples.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

import io.github.camelsfmc.examples.support.SfmcTarget;

/**
 * Supplies the {@code sfmc.*} values application.yaml reads: from the {@code SFMC_*} environment variables, or, when
 * none is set, from an SFMC simulator started here (registered as the bean {@code sfmcSimulator} and closed with the
 * application). With the simulator, statuses are final at once, so the status consumer needs no settle time.
 */
public class SfmcTargetInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger LOG = LoggerFactory.getLogger(SfmcTargetInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SfmcTarget target = SfmcTarget.fromEnvironment(System.getenv(), SampleJourney.journey());
        Map<String, Object> properties = new LinkedHashMap<>(target.camelProperties());
        target.simulator().ifPresent(simulator -> {
            properties.put("sfmc.settle-time", "1000");
            properties.put("sfmc.status-poll-delay", "1000");
            context.getBeanFactory().registerSingleton("sfmcSimulator", simulator);
        });
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("sfmc-target", properties));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                target.close();
            }
        });
        LOG.info(target.describe());
    }
}
