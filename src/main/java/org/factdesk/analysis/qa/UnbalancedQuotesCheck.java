package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Severity;

/**
 * A quotation mark opened and never closed within its paragraph, or closed without being opened. A quotation that
 * runs on into a paragraph starting with a quote mark (the usual way of quoting over several paragraphs) is fine.
 */
final class UnbalancedQuotesCheck implements QaCheck {

    static final String ID = "unbalanced-quotes";

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        List<QaIssue> issues = new ArrayList<>();
        for (int p = 0; p < model.paragraphCount(); p++) {
            Quotes.Parsed parsed = model.quotes(p);
            for (Quotes.Quote quote : parsed.quotes()) {
                if (quote.close() < 0 && !quote.continued()) {
                    issues.add(context.issueWithKey(ID, "qa.unbalanced-quotes.open.message", quote.open(),
                            quote.open() + 1, Severity.WARNING, null));
                }
            }
            for (int stray : parsed.strayClosers()) {
                issues.add(context.issue(ID, stray, stray + 1, Severity.WARNING, null));
            }
        }
        return issues;
    }
}
