package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.model.Severity;

/**
 * Quotations of one paragraph written with different marks («» against “” against ""), nesting aside. The
 * language's own marks (Spanish «», English “”) are kept when present; otherwise the first style used.
 */
final class MixedQuotesCheck implements QaCheck {

    static final String ID = "mixed-quotes";

    @Override
    public List<QaIssue> run(CheckContext context) {
        TextModel model = context.target();
        String text = model.text();
        List<QaIssue> issues = new ArrayList<>();
        for (int p = 0; p < model.paragraphCount(); p++) {
            int paragraphEnd = model.paragraphEnd(p);
            Quotes.Parsed parsed = model.quotes(p);
            List<Quotes.Quote> top = new ArrayList<>();
            Set<Quotes.Style> styles = EnumSet.noneOf(Quotes.Style.class);
            for (Quotes.Quote quote : parsed.quotes()) {
                if (quote.depth() == 0) {
                    top.add(quote);
                    styles.add(quote.style());
                }
            }
            if (styles.size() < 2) {
                continue;
            }
            Quotes.Style own = context.isSpanish() ? Quotes.Style.GUILLEMET : Quotes.Style.CURLY;
            Quotes.Style kept = styles.contains(own) ? own : top.get(0).style();
            for (Quotes.Quote quote : top) {
                if (quote.style() == kept) {
                    continue;
                }
                int end = quote.close() >= 0 ? quote.close() + 1 : paragraphEnd;
                String suggestion = null;
                if (quote.close() >= 0) {
                    suggestion = kept.open + text.substring(quote.open() + 1, quote.close()) + kept.close;
                }
                issues.add(context.issue(ID, quote.open(), end, Severity.WARNING, suggestion,
                        String.valueOf(kept.open) + kept.close));
            }
        }
        return issues;
    }
}
