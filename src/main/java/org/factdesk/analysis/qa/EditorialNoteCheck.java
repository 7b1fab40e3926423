package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.Severity;

/**
 * Notes meant for editors that leaked into the text, in English or translated: a wire service's update line
 * ("Updates with comments", "Actualizaciones con comentarios"), a reference to a paragraph by number in an editing
 * note ("attribution in graf 8", "atribución en el cuadro 8"), or placeholders ("TK", "[NOTE …]"). A reader-facing
 * dateline ("Actualizado el 11 de septiembre") is not a note.
 */
final class EditorialNoteCheck implements QaCheck {

    static final String ID = "editorial-note";

    private static final Pattern UPDATE_LINE = Pattern.compile(
            "^(?:updates|updated|adds|recasts|refiles|corrects|fixes|actualiza|actualizaciones|actualización"
                    + "|añade|agrega|corrige|reformula)\\s+(?:with|to add|to include|to correct|to fix|con|para "
                    + "(?:añadir|agregar|incluir|corregir)|headline|lede|graf|paragraph|throughout|byline|dateline"
                    + "|titular|párrafo|entradilla|firma)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GRAF = Pattern.compile(
            "(?<![\\p{L}])(?:in|en(?: el| la)?)\\s+(?:grafs?|paras?|paragraphs?|párrafos?|cuadros?|gráficos?)\\s*\\d+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EDITING_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:attribution|atribución|adds|añade|agrega|corrects|corrige|fixes|typo|errata|updates"
                    + "|actualiza\\p{L}*|recasts|spelling|ortografía|byline|firma|quote|cita)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\[(?:TK|TKTK|XX+|NOTE|NOTA|EDS?|EDITOR'?S? NOTE)[^\\]\\n]{0,200}\\]|(?<![\\p{L}])(?:TKTK|TK|XXX+)(?![\\p{L}])");
    private static final Pattern NOTE_TO_EDITORS = Pattern.compile(
            "note to editors|nota (?:para|a) (?:los )?editores|editors'? note|advisory:",
            Pattern.CASE_INSENSITIVE);

    /** The first letters of UPDATE_LINE's verbs: a paragraph that starts otherwise cannot match it. */
    private static final String UPDATE_INITIALS = "uarcf";

    private static final String[] PARAGRAPH_WORDS = {"graf", "para", "párrafo", "cuadro", "gráfico"};
    private static final String[] EDITOR_WORDS = {"editor", "advisory"};

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        String text = model.text();
        List<QaIssue> issues = new ArrayList<>();
        for (int p = 0; p < model.paragraphCount(); p++) {
            int start = model.paragraphStart(p);
            int end = model.paragraphEnd(p);
            if (isUpdateLine(text, start, end)) {
                issues.add(context.issue(ID, start, end, Severity.ERROR, ""));
                continue;
            }
            if (mentionsAParagraph(text, start, end)) {
                Matcher graf = GRAF.matcher(text).region(start, end);
                while (graf.find()) {
                    int s = sentenceAt(model, graf.start());
                    if (EDITING_WORD.matcher(text).region(model.sentenceStart(s), model.sentenceEnd(s)).find()) {
                        issues.add(context.issue(ID, model.sentenceStart(s), model.sentenceEnd(s), Severity.ERROR,
                                ""));
                    }
                }
            }
            if (mayHavePlaceholder(model.chars(), start, end)) {
                addMatches(context, PLACEHOLDER, start, end, issues);
            }
            if (containsIgnoringCase(text, start, end, EDITOR_WORDS)) {
                addMatches(context, NOTE_TO_EDITORS, start, end, issues);
            }
        }
        return issues;
    }

    private static void addMatches(CheckContext context, Pattern pattern, int start, int end, List<QaIssue> issues) {
        Matcher matcher = pattern.matcher(context.text()).region(start, end);
        while (matcher.find()) {
            issues.add(context.issue(ID, matcher.start(), matcher.end(), Severity.ERROR, null));
        }
    }

    /** Whether a sentence or paragraph reads as an editorial note. */
    static boolean isNote(String text, int start, int end) {
        if (isUpdateLine(text, start, end)) {
            return true;
        }
        return mentionsAParagraph(text, start, end) && GRAF.matcher(text).region(start, end).find()
                && EDITING_WORD.matcher(text).region(start, end).find();
    }

    /** A cheap test before the paragraph-number pattern: a digit and one of the words for a paragraph. */
    private static boolean mentionsAParagraph(String text, int start, int end) {
        if (!hasDigit(text, start, end)) {
            return false;
        }
        return containsIgnoringCase(text, start, end, PARAGRAPH_WORDS);
    }

    /** Whether text[start, end) opens with a wire service's update line ("Updates with comments"). */
    private static boolean isUpdateLine(String text, int start, int end) {
        if (start >= end) {
            return false;
        }
        // the first letter compared as the case-insensitive pattern compares it: upper case, then lower case
        char c = text.charAt(start);
        if (UPDATE_INITIALS.indexOf(c) < 0
                && UPDATE_INITIALS.indexOf(Character.toLowerCase(Character.toUpperCase(c))) < 0) {
            return false;
        }
        return UPDATE_LINE.matcher(text).region(start, end).lookingAt();
    }

    /** A cheap test before the placeholder pattern: "TK", "XXX" or "[" in chars[start, end). */
    private static boolean mayHavePlaceholder(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == '[' || c == 'T' && i + 1 < end && chars[i + 1] == 'K'
                    || c == 'X' && i + 2 < end && chars[i + 1] == 'X' && chars[i + 2] == 'X') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any of the lower-case needles starts a word in text[start, end), ignoring case; one pass. The patterns
     * it guards want each of these words at a word start, so only word starts are compared.
     */
    private static boolean containsIgnoringCase(String text, int start, int end, String[] needles) {
        boolean afterLetter = start > 0 && Character.isLetter(text.charAt(start - 1));
        for (int i = start; i < end; i++) {
            char raw = text.charAt(i);
            boolean letter = raw < 128 ? (raw | 0x20) >= 'a' && (raw | 0x20) <= 'z' : Character.isLetter(raw);
            boolean wordStart = letter && !afterLetter;
            afterLetter = letter;
            if (!wordStart) {
                continue;
            }
            char c = Character.toLowerCase(raw);
            for (String needle : needles) {
                // the second letter first: most words share only the first with a needle
                if (c == needle.charAt(0) && i + needle.length() <= end
                        && sameIgnoringCase(text.charAt(i + 1), needle.charAt(1))
                        && text.regionMatches(true, i, needle, 0, needle.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two chars equal ignoring case, as {@link String#regionMatches(boolean, int, String, int, int)} compares them. */
    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        if (a < 128 && b < 128) {
            return a >= 'A' && a <= 'Z' && a + ('a' - 'A') == b || b >= 'A' && b <= 'Z' && b + ('a' - 'A') == a;
        }
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }

    private static boolean hasDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int sentenceAt(TextModel model, int offset) {
        int low = 0;
        int high = model.sentenceCount() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (model.sentenceStart(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
