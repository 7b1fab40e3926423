package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * A quotation opened (or closed) in the source sentence but not in its translation, or the other way round: the
 * marks differ between languages, their number should not.
 */
final class QuoteMismatchCheck implements QaCheck {

    static final String ID = "quote-mismatch";

    @Override
    public List<QaIssue> run(CheckContext context) {
        SourceAlignment alignment = context.alignment();
        List<QaIssue> issues = new ArrayList<>();
        if (alignment == null) {
            return issues;
        }
        TextModel source = alignment.source();
        TextModel target = alignment.target();
        for (Aligner.Link link : alignment.links()) {
            if (link.sourceFrom() == link.sourceTo() || link.targetFrom() == link.targetTo()) {
                continue;
            }
            int[] inSource = marks(source, link.sourceFrom(), link.sourceTo());
            int[] inTarget = marks(target, link.targetFrom(), link.targetTo());
            if (inSource[0] != inTarget[0] || inSource[1] != inTarget[1]) {
                issues.add(context.issue(ID, target.sentenceStart(link.targetFrom()),
                        target.sentenceEnd(link.targetTo() - 1), Severity.WARNING, null,
                        String.valueOf(inSource[0]), String.valueOf(inSource[1]), String.valueOf(inTarget[0]),
                        String.valueOf(inTarget[1])));
            }
        }
        return issues;
    }

    /** Opening and closing double quote marks in sentences [from, to). */
    private static int[] marks(TextModel model, int from, int to) {
        char[] chars = model.chars();
        int opening = 0;
        int closing = 0;
        boolean straightOpen = false;
        for (int i = model.sentenceStart(from); i < model.sentenceEnd(to - 1); i++) {
            char c = chars[i];
            if (c == '«' || c == '“' || c == '„') {
                opening++;
            } else if (c == '»' || c == '”') {
                closing++;
            } else if (c == '"') {
                if (straightOpen) {
                    closing++;
                } else {
                    opening++;
                }
                straightOpen = !straightOpen;
            }
        }
        return new int[] {opening, closing};
    }
}
