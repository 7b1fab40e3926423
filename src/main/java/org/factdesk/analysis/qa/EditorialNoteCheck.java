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
            "\\[(?:TK|TKTK|XX+|NOTE|NOTA|EDS?|EDITOR'?S? NOTE)[^\\]\\n]{0,200}\\]|(?<![\\p{L}])(?:TKTK|TK|XXX+)(?![\\p{L}])"
                    + "|(?i:note to editors|nota (?:para|a) (?:los )?editores|editors'? note|advisory:)");

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        String text = model.text();
        List<QaIssue> issues = new ArrayList<>();
        for (int p = 0; p < model.paragraphCount(); p++) {
            int start = model.paragraphStart(p);
            int end = model.paragraphEnd(p);
            CharSequence paragraph = text.subSequence(start, end);
            if (UPDATE_LINE.matcher(paragraph).find()) {
                issues.add(context.issue(ID, start, end, Severity.ERROR, ""));
                continue;
            }
            Matcher graf = GRAF.matcher(paragraph);
            while (graf.find()) {
                int s = sentenceAt(model, start + graf.start());
                CharSequence sentence = text.subSequence(model.sentenceStart(s), model.sentenceEnd(s));
                if (EDITING_WORD.matcher(sentence).find()) {
                    issues.add(context.issue(ID, model.sentenceStart(s), model.sentenceEnd(s), Severity.ERROR, ""));
                }
            }
            Matcher placeholder = PLACEHOLDER.matcher(paragraph);
            while (placeholder.find()) {
                issues.add(context.issue(ID, start + placeholder.start(), start + placeholder.end(), Severity.ERROR,
                        null));
            }
        }
        return issues;
    }

    /** Whether a sentence or paragraph reads as an editorial note. */
    static boolean isNote(CharSequence text) {
        if (UPDATE_LINE.matcher(text).find() || PLACEHOLDER.matcher(text).find()) {
            return true;
        }
        return GRAF.matcher(text).find() && EDITING_WORD.matcher(text).find();
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
