package org.factdesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdesk.analysis.qa.GrammarChecker;
import org.factdesk.analysis.qa.LanguageToolChecker;
import org.factdesk.analysis.qa.LanguageToolPresence;
import org.factdesk.analysis.qa.QaIssue;
import org.factdesk.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one grammar checker of the process (LanguageTool), shared by the window and the command line: it takes seconds
 * to build, so it is built once, lazily, and the window warms it on a background thread where it delays nothing.
 */
public final class GrammarService {

    private static final Logger LOG = LoggerFactory.getLogger(GrammarService.class);
    /** LanguageToolChecker is only touched when its jars are there: its class refers to LanguageTool's. */
    private static final GrammarService SHARED = new GrammarService(
            LanguageToolPresence.installed() ? new LanguageToolChecker() : null);

    /**
     * What to tell a user who asked for LanguageTool when it is missing (the installers ship it as a separate
     * package; the all-in-one jar always has it).
     */
    public static final String NOT_INSTALLED = "LanguageTool is not installed, so its grammar rules did not run; "
            + "to get them install the factdesk-languagetool package (same version as factdesk), "
            + "or run java -jar factdesk.jar, which includes it";
    /** Texts are checked in pieces of about this many chars, cut at paragraph ends, to report progress and cancel. */
    private static final int PIECE = 20_000;

    /** {@code null} when LanguageTool is not installed. */
    private final GrammarChecker checker;
    private final AtomicBoolean warming = new AtomicBoolean();

    GrammarService(GrammarChecker checker) {
        this.checker = checker;
    }

    /** Whether LanguageTool is installed; without it {@link #check} finds nothing and warming up does nothing. */
    public boolean installed() {
        return checker != null;
    }

    /** The process's grammar checker. */
    public static GrammarService shared() {
        return SHARED;
    }

    /**
     * Builds the Spanish and English rules on a low-priority daemon thread, once; returns at once. A check asked for
     * meanwhile waits for the rules it needs.
     */
    public void warmUpInBackground() {
        if (checker == null || !warming.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            for (Language language : List.of(Language.ES, Language.EN)) {
                try {
                    checker.warmUp(language);
                } catch (RuntimeException e) {
                    LOG.warn("Unable to prepare the grammar checker for {}; reviews will go without it",
                            language.code(), e);
                }
            }
        }, "grammar-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Checks a text, piece by piece.
     *
     * @return the grammar issues, UTF-16 offsets into {@code text}; none if the language is not supported or
     *         LanguageTool is not installed
     * @throws CancelledException if the monitor was cancelled
     */
    public List<QaIssue> check(String text, Language language, Locale uiLocale, Monitor monitor)
            throws CancelledException {
        if (checker == null || !checker.supports(language)) {
            return List.of();
        }
        List<QaIssue> issues = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            monitor.checkCancelled();
            int end = pieceEnd(text, start);
            for (QaIssue issue : checker.check(text.substring(start, end), language, uiLocale)) {
                issues.add(new QaIssue(issue.check(), issue.start() + start, issue.end() + start, issue.message(),
                        issue.suggestion(), issue.severity()));
            }
            start = end;
            monitor.progress((double) start / text.length());
        }
        return issues;
    }

    private static int pieceEnd(String text, int start) {
        if (text.length() - start <= PIECE) {
            return text.length();
        }
        int newline = text.indexOf('\n', start + PIECE);
        return newline < 0 ? text.length() : newline + 1;
    }
}
