package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.Severity;

/**
 * Spanish "de el" and "a el" that must contract to "del" and "al". A capitalised "El" starts a proper name
 * ("de El Salvador", "a El País") and is left alone, as is the pronoun "él".
 */
final class ContractionCheck implements QaCheck {

    static final String ID = "contraction";
    private static final Pattern DE_EL = Pattern.compile("(?<![\\p{L}\\p{N}])([Dd]e|[Aa]) el(?![\\p{L}\\p{N}])");

    @Override
    public List<QaIssue> run(CheckContext context) {
        List<QaIssue> issues = new ArrayList<>();
        if (!context.isSpanish()) {
            return issues;
        }
        Matcher matcher = DE_EL.matcher(context.text());
        while (matcher.find()) {
            String preposition = matcher.group(1);
            boolean capital = Character.isUpperCase(preposition.charAt(0));
            String contracted = preposition.equalsIgnoreCase("de") ? (capital ? "Del" : "del") : (capital ? "Al" : "al");
            issues.add(context.issue(ID, matcher.start(), matcher.end(), Severity.ERROR, contracted, contracted));
        }
        return issues;
    }
}
