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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures what is logged while it is open, at the levels a test asks for, and puts the previous levels back on
 * close, so a test that turns on DEBUG does not change what the next test logs.
 */
public final class LogCapture implements AutoCloseable {

    /**
     * One logged event: the logger, its level, the formatted message, and the exception logged with it (each cause's
     * class and message), empty when none was.
     */
    public record Line(String logger, Level level, String text, String thrown) {}

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Map<String, Level> previousLevels = new LinkedHashMap<>();
    private final AbstractAppender appender;

    private LogCapture(Map<String, Level> levels) {
        levels.forEach((name, level) -> {
            previousLevels.put(name, LogManager.getLogger(name).getLevel());
            Configurator.setLevel(name, level);
        });
        appender = new AbstractAppender("test-capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                lines.add(new Line(
                        event.getLoggerName(),
                        event.getLevel(),
                        event.getMessage().getFormattedMessage(),
                        causes(event.getThrown())));
            }
        };
        appender.start();
        LoggerContext logContext = (LoggerContext) LogManager.getContext(false);
        logContext.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        logContext.updateLoggers();
    }

    private static String causes(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    /** Starts capturing, with the given loggers set to the given levels until {@link #close()}. */
    public static LogCapture start(Map<String, Level> levels) {
        return new LogCapture(levels);
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Line> lines(Level level, String loggerPrefix) {
        return lines.stream()
                .filter(line -> line.level() == level && line.logger().startsWith(loggerPrefix))
                .toList();
    }

    @Override
    public void close() {
        LoggerContext logContext = (LoggerContext) LogManager.getContext(false);
        logContext.getConfiguration().getRootLogger().removeAppender(appender.getName());
        logContext.updateLoggers();
        appender.stop();
        previousLevels.forEach(Configurator::setLevel);
    }
}
