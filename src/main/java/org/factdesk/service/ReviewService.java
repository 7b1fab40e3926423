package org.factdesk.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factdesk.analysis.qa.IssueMerger;
import org.factdesk.analysis.qa.QaIssue;
import org.factdesk.analysis.qa.TextAlignment;
import org.factdesk.analysis.qa.TranslationChecker;
import org.factdesk.model.AlignedSegment;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Ids;
import org.factdesk.model.Origin;
import org.factdesk.model.ReviewIssue;
import org.factdesk.model.TranslationIssue;
import org.factdesk.model.TranslationRisk;
import org.factdesk.text.Targets;

/**
 * Translation review of a project's documents: which document a translation was made from, running the checks and
 * keeping their issues, dismissing an issue for good, turning one into a claim, and the claims that issues put at
 * risk.
 */
public final class ReviewService {

    /** The share of a review's progress spent on our own checks when the grammar checker runs too. */
    private static final double OWN_SHARE = 0.1;

    private final Workspace workspace;
    private final TranslationChecker checker = new TranslationChecker();

    ReviewService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The document a translation was made from, if the user named one and it is still in the project. */
    public Optional<String> sourceOf(String documentId) {
        return workspace.store().review().source(documentId);
    }

    /**
     * Records which document a translation was made from ({@code null} to forget it), as one audited action.
     *
     * @throws ServiceException if a document is missing, or the source is the translation itself
     */
    public void setSource(String documentId, String sourceDocumentId) throws ServiceException {
        Document translation = workspace.documents().get(documentId);
        if (sourceDocumentId != null) {
            Document source = workspace.documents().get(sourceDocumentId);
            if (source.id().equals(translation.id())) {
                throw new ServiceException("\"" + translation.title() + "\" cannot be its own source. "
                        + "Choose the original article.");
            }
        }
        String before = sourceOf(translation.id()).orElse(null);
        workspace.write(null, audit -> {
            workspace.store().review().setSource(translation.id(), sourceDocumentId);
            audit.changed("review.source", "document", translation.id(), before, sourceDocumentId);
            return null;
        });
    }

    /**
     * Reviews a document against its source, if it has one, and keeps the issues found: they flag the claims they
     * touch until the next review. Dismissed issues are kept too but not returned.
     *
     * @param withGrammar whether the grammar checker (LanguageTool) runs too
     * @param uiLocale the language of the messages
     * @return the translation, its source, the issues the user has not dismissed (in document order) and the
     *     alignment of the two texts
     * @throws CancelledException if the monitor was cancelled; nothing is kept then
     */
    public ReviewResult review(String documentId, boolean withGrammar, Locale uiLocale, Monitor monitor)
            throws ServiceException {
        Document translation = workspace.documents().get(documentId);
        Optional<String> sourceId = sourceOf(translation.id());
        Document source = sourceId.isPresent() ? workspace.documents().get(sourceId.get()) : null;
        monitor.checkCancelled();
        List<QaIssue> found = source == null
                ? checker.check(translation.text(), translation.language(), uiLocale)
                : checker.check(translation.text(), translation.language(), source.text(), source.language(),
                        uiLocale);
        monitor.progress(withGrammar ? OWN_SHARE : 0.9);
        if (withGrammar) {
            List<QaIssue> grammar = GrammarService.shared().check(translation.text(), translation.language(),
                    uiLocale, scaled(monitor));
            found = IssueMerger.merge(found, grammar);
        }
        monitor.checkCancelled();
        List<ReviewIssue> issues = found.stream().map(ReviewService::toReviewIssue).toList();
        workspace.write(null, audit -> {
            workspace.store().review().replaceIssues(translation.id(), issues);
            return null;
        });
        List<AlignedSegment> alignment = source == null ? List.of()
                : TextAlignment.align(source.text(), source.language(), translation.text(), translation.language());
        monitor.progress(1);
        return new ReviewResult(translation, source, openIssues(translation.id()), alignment);
    }

    private static Monitor scaled(Monitor monitor) {
        return new Monitor() {
            @Override
            public void progress(double fraction) {
                monitor.progress(OWN_SHARE + (1 - OWN_SHARE) * fraction * 0.95);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }

    private static ReviewIssue toReviewIssue(QaIssue issue) {
        return new ReviewIssue(issue.check(), issue.start(), issue.end(), issue.message(), issue.suggestion(),
                issue.severity());
    }

    /** The issues of the document's last review that the user has not dismissed, in document order. */
    public List<ReviewIssue> openIssues(String documentId) {
        return workspace.store().review().openIssues(documentId);
    }

    /** Dismisses an issue for good: later reviews of the document will not show it again. */
    public void dismiss(String documentId, ReviewIssue issue) throws ServiceException {
        String id = workspace.documents().resolveId(documentId);
        workspace.write(null, audit -> {
            workspace.store().review().dismiss(id, issue.key(), audit.author(), audit.at());
            audit.changed("review.dismiss", "review-issue", id, null,
                    issue.check() + " " + issue.start() + "-" + issue.end());
            return null;
        });
    }

    /** The issues dismissed on a document, by check and span. */
    public Set<ReviewIssue.DismissalKey> dismissed(String documentId) {
        return workspace.store().review().dismissed(documentId);
    }

    /**
     * Turns an issue into a claim of kind {@code translation-issue} carrying its check, message, suggestion and
     * severity; undoable like any mark. An issue on an empty span (something missing) marks the character there.
     */
    public Claim toClaim(String documentId, ReviewIssue issue) throws ServiceException {
        Document document = workspace.documents().get(documentId);
        int length = document.text().length();
        if (length == 0 || issue.end() > length) {
            throw new ServiceException("The issue " + issue.check() + " is not inside the document \""
                    + document.title() + "\". Review the document again.");
        }
        int start = Math.min(issue.start(), length - 1);
        int end = Math.max(issue.end(), start + 1);
        return workspace.write(HistoryService.MARK, audit -> {
            Claim claim = new Claim(Ids.newId(), document.id(), ClaimKind.TRANSLATION_ISSUE,
                    Targets.of(document.text(), start, end), null, issue.message(), List.of(), List.of(),
                    audit.author(), audit.at(), audit.at(), Origin.SUGGESTED, null, null,
                    new TranslationIssue(issue.check(), issue.message(), issue.suggestion(), issue.severity()));
            workspace.store().claims().insert(claim);
            audit.claimAdded(claim);
            return claim;
        });
    }

    /**
     * The claims of a document that open review issues touch: the issue overlaps the claim's span or, for an
     * attribution, its speaker's span. Translation-issue claims are not flagged: they are the issues themselves.
     *
     * @return claim id → the risks on it, in document order; claims without risk are absent
     */
    public Map<String, List<TranslationRisk>> risks(String documentId, List<Claim> claims) {
        List<ReviewIssue> issues = openIssues(documentId);
        Map<String, List<TranslationRisk>> risks = new LinkedHashMap<>();
        if (issues.isEmpty()) {
            return risks;
        }
        for (Claim claim : claims) {
            List<TranslationRisk> found = TranslationRisk.on(claim, issues);
            if (!found.isEmpty()) {
                risks.put(claim.id(), List.copyOf(found));
            }
        }
        return risks;
    }
}
