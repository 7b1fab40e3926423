package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * Numbers that differ between a source sentence and its translation, compared by value ("1,000" = "1.000",
 * "30%" = "30 %", "four" = "cuatro"): a number changed (number-mismatch), a source number absent from the
 * translation (number-missing), or a number only the translation has (number-mismatch). A number written as a word
 * on one side only is not reported: "the two men" is fairly "ambos".
 */
final class SourceNumberCheck implements QaCheck {

    static final String MISMATCH = "number-mismatch";
    static final String MISSING = "number-missing";

    @Override
    public List<QaIssue> run(CheckContext context) {
        SourceAlignment alignment = context.alignment();
        List<QaIssue> issues = new ArrayList<>();
        if (alignment == null) {
            return issues;
        }
        TextModel source = alignment.source();
        TextModel target = alignment.target();
        Numbers numbers = new Numbers();
        for (Aligner.Link link : alignment.links()) {
            if (link.sourceFrom() == link.sourceTo() || link.targetFrom() == link.targetTo()) {
                continue; // missing or added segments are another check's
            }
            List<Numbers.Mention> inSource = numbers.in(source, link.sourceFrom(), link.sourceTo());
            List<Numbers.Mention> inTarget = numbers.in(target, link.targetFrom(), link.targetTo());
            List<Numbers.Mention> unmatchedTarget = new ArrayList<>(inTarget);
            List<Numbers.Mention> unmatchedSource = new ArrayList<>();
            for (Numbers.Mention mention : inSource) {
                Numbers.Mention match = null;
                for (Numbers.Mention candidate : unmatchedTarget) {
                    if (candidate.sameValueAs(mention)) {
                        match = candidate;
                        break;
                    }
                }
                if (match == null) {
                    unmatchedSource.add(mention);
                } else {
                    unmatchedTarget.remove(match);
                }
            }
            int pairs = Math.min(unmatchedSource.size(), unmatchedTarget.size());
            for (int k = 0; k < pairs; k++) {
                Numbers.Mention t = unmatchedTarget.get(k);
                String original = text(source, unmatchedSource.get(k));
                issues.add(context.issue(MISMATCH, t.start(), t.end(), Severity.ERROR, original, original));
            }
            for (int k = pairs; k < unmatchedTarget.size(); k++) {
                Numbers.Mention t = unmatchedTarget.get(k);
                if (t.word()) {
                    continue; // "ambos" for "the two": number words alone are too loose to report
                }
                issues.add(context.issueWithKey(MISMATCH, "qa.number-mismatch.extra.message", t.start(), t.end(),
                        Severity.WARNING, null));
            }
            for (int k = pairs; k < unmatchedSource.size(); k++) {
                if (unmatchedSource.get(k).word()) {
                    continue;
                }
                int start = target.sentenceStart(link.targetFrom());
                int end = target.sentenceEnd(link.targetTo() - 1);
                issues.add(context.issue(MISSING, start, end, Severity.ERROR, null,
                        text(source, unmatchedSource.get(k))));
            }
        }
        return issues;
    }

    private static String text(TextModel model, Numbers.Mention mention) {
        return model.text().substring(mention.start(), mention.end());
    }
}
