package org.factdesk.analysis.qa;

import java.util.Locale;
import org.factdesk.model.Language;
import org.factdesk.model.Severity;

/** What a check looks at: the target text cut into units, its source if given, and how to word an issue. */
final class CheckContext {

    private final TextModel target;
    private final Language targetLanguage;
    private final SourceAlignment alignment;
    private final Messages messages;

    CheckContext(TextModel target, Language targetLanguage, SourceAlignment alignment, Locale uiLocale) {
        this.target = target;
        this.targetLanguage = targetLanguage;
        this.alignment = alignment;
        this.messages = new Messages(uiLocale);
    }

    TextModel target() {
        return target;
    }

    String text() {
        return target.text();
    }

    Lexicon lexicon() {
        return target.lexicon();
    }

    Language targetLanguage() {
        return targetLanguage;
    }

    boolean isSpanish() {
        return target.lexicon().isSpanish();
    }

    /** The alignment with the source, or {@code null} when the translation is checked alone. */
    SourceAlignment alignment() {
        return alignment;
    }

    /** An issue whose message is {@code qa.<check>.message}, with the span's text as argument {0}. */
    QaIssue issue(String check, int start, int end, Severity severity, String suggestion, Object... more) {
        return issueWithKey(check, "qa." + check + ".message", start, end, severity, suggestion, more);
    }

    /** An issue worded by another key of the bundle; the span's text is argument {0}, then {@code more}. */
    QaIssue issueWithKey(String check, String key, int start, int end, Severity severity, String suggestion,
            Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = shorten(target.text().substring(start, end));
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new QaIssue(check, start, end, messages.format(key, arguments), suggestion, severity);
    }

    /** Text for a message, cut to a readable length. */
    static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        if (oneLine.length() <= 80) {
            return oneLine;
        }
        int cut = 77;
        if (Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
            cut--;
        }
        return oneLine.substring(0, cut) + "…";
    }
}
