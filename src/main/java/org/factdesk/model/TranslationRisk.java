package org.factdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A translation-review issue that touches a claim's span or its speaker: the claim may rest on a slip of the
 * translation.
 *
 * @param start UTF-16 offset of the issue's span in the document's text, inclusive
 * @param end UTF-16 offset, exclusive
 */
public record TranslationRisk(String check, int start, int end, String message) {

    public TranslationRisk {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The risks review issues put on a claim: issues that touch its span or, for an attribution, its speaker's span.
     * A translation-issue claim has none: it is an issue itself.
     *
     * @param issues the document's open review issues, sorted by start
     */
    public static List<TranslationRisk> on(Claim claim, List<ReviewIssue> issues) {
        if (issues.isEmpty() || claim.kind() == ClaimKind.TRANSLATION_ISSUE) {
            return List.of();
        }
        Attribution attribution = claim.attribution();
        boolean speaker = attribution != null && attribution.speakerStart() != null && attribution.speakerEnd() != null;
        int last = Math.max(claim.target().end(), speaker ? attribution.speakerEnd() : 0);
        List<TranslationRisk> risks = new ArrayList<>(0);
        for (ReviewIssue issue : issues) {
            if (issue.start() > last) {
                break;
            }
            if (issue.touches(claim.target().start(), claim.target().end())
                    || speaker && issue.touches(attribution.speakerStart(), attribution.speakerEnd())) {
                risks.add(of(issue));
            }
        }
        return risks;
    }

    /** The risk a review issue puts on a claim. */
    public static TranslationRisk of(ReviewIssue issue) {
        return new TranslationRisk(issue.check(), issue.start(), issue.end(), issue.message());
    }
}
