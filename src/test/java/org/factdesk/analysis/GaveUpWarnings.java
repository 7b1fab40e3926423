package org.factdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Catches the warnings the analysers log when they give up on a text. Their safety nets turn a crash into fewer
 * suggestions, which a robustness test would otherwise never see: such a test watches the analysers and asserts that
 * none gave up.
 */
public final class GaveUpWarnings implements AutoCloseable {

    private final List<Logger> loggers = new ArrayList<>();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private GaveUpWarnings(Class<?>... analysers) {
        appender.start();
        for (Class<?> analyser : analysers) {
            Logger logger = (Logger) LoggerFactory.getLogger(analyser);
            logger.addAppender(appender);
            loggers.add(logger);
        }
    }

    /** Starts watching the loggers of the given analyser classes. */
    public static GaveUpWarnings watch(Class<?>... analysers) {
        return new GaveUpWarnings(analysers);
    }

    /** Fails, with the first warning and its exception, if an analyser gave up on a text since watching began. */
    public void assertNoneFor(String text) {
        List<ILoggingEvent> warnings = appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .toList();
        assertThat(warnings).as("an analyser gave up on %s: %s", abbreviated(text),
                warnings.isEmpty() ? "" : describe(warnings.get(0))).isEmpty();
    }

    /** The warning's message and, when it carries one, its exception. */
    private static String describe(ILoggingEvent warning) {
        IThrowableProxy cause = warning.getThrowableProxy();
        return warning.getFormattedMessage() + (cause == null ? "" : " " + cause.getClassName() + ": "
                + cause.getMessage());
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? '"' + text + '"' : '"' + text.substring(0, 200) + "…\"";
    }

    @Override
    public void close() {
        for (Logger logger : loggers) {
            logger.detachAppender(appender);
        }
        appender.stop();
    }
}
