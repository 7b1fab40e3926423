package org.factdesk.analysis.qa;

/**
 * Whether LanguageTool's jars are on the class path: the installers ship them as an optional package
 * (factdesk-languagetool), so Factdesk must run, without grammar rules, when they are missing.
 */
public final class LanguageToolPresence {

    private static final boolean INSTALLED = probe();

    private LanguageToolPresence() {
    }

    /** True when LanguageTool can be loaded; {@link LanguageToolChecker} must not be touched otherwise. */
    public static boolean installed() {
        return INSTALLED;
    }

    private static boolean probe() {
        try {
            // Loads without initialising: only whether the class (and so the jar) is there matters here.
            Class.forName("org.languagetool.JLanguageTool", false, LanguageToolPresence.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
