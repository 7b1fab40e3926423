package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * Source sentences or paragraphs with no translation (missing-segment, shown on the translated sentence nearest to
 * where they belong) and translated sentences with no source (added-segment).
 */
final class SourceSegmentCheck implements QaCheck {

    static final String MISSING = "missing-segment";
    static final String ADDED = "added-segment";

    @Override
    public List<QaIssue> run(CheckContext context) {
        SourceAlignment alignment = context.alignment();
        List<QaIssue> issues = new ArrayList<>();
        if (alignment == null) {
            return issues;
        }
        TextModel source = alignment.source();
        TextModel target = alignment.target();
        List<Aligner.Link> links = alignment.links();
        for (int k = 0; k < links.size(); k++) {
            Aligner.Link link = links.get(k);
            if (link.targetFrom() == link.targetTo() && link.sourceFrom() < link.sourceTo()) {
                if (target.sentenceCount() == 0) {
                    continue;
                }
                int anchor = link.targetFrom() > 0 ? link.targetFrom() - 1 : 0;
                String missing = source.text().substring(source.sentenceStart(link.sourceFrom()),
                        source.sentenceEnd(link.sourceTo() - 1));
                issues.add(context.issue(MISSING, target.sentenceStart(anchor), target.sentenceEnd(anchor),
                        Severity.ERROR, null, CheckContext.shorten(missing)));
            } else if (link.sourceFrom() == link.sourceTo() && link.targetFrom() < link.targetTo()) {
                issues.add(context.issue(ADDED, target.sentenceStart(link.targetFrom()),
                        target.sentenceEnd(link.targetTo() - 1), Severity.WARNING, null));
            }
        }
        return issues;
    }
}
