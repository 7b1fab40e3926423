package org.factdesk.analysis.qa;

/** Facts about one sentence of a {@link TextModel} that several checks need. */
final class Sentences {

    private Sentences() {
    }

    /** Whether the sentence ends with . ! ? or … (maybe before closing quotes): prose, not a headline. */
    static boolean endsWithTerminal(TextModel model, int s) {
        String text = model.text();
        int e = model.sentenceEnd(s) - 1;
        while (e >= model.sentenceStart(s) && TextModel.isClosing(text.charAt(e))) {
            e--;
        }
        return e >= model.sentenceStart(s) && ".!?…".indexOf(text.charAt(e)) >= 0;
    }

    /** Whether the sentence starts with an opening quote mark. */
    static boolean startsWithQuote(TextModel model, int s) {
        char c = model.text().charAt(model.sentenceStart(s));
        return c == '«' || c == '“' || c == '"' || c == '„' || c == '»';
    }

    static int letterWords(TextModel model, int s) {
        int count = 0;
        for (int w = model.firstWord(s); w < model.wordLimit(s); w++) {
            if (!model.is(w, TextModel.NUMERIC)) {
                count++;
            }
        }
        return count;
    }

    /** The last word of the sentence, or -1 when it has none. */
    static int lastWord(TextModel model, int s) {
        return model.wordLimit(s) > model.firstWord(s) ? model.wordLimit(s) - 1 : -1;
    }
}
