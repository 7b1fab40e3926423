package org.factdesk.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.AnalysedText;
import org.factdesk.analysis.attributions.AttributionDetector;
import org.factdesk.analysis.attributions.AttributionMatch;
import org.factdesk.analysis.attributions.Speaker;
import org.factdesk.analysis.attributions.Speakers;
import org.factdesk.analysis.figures.FigureDetector;
import org.factdesk.analysis.figures.FigureMatch;
import org.factdesk.analysis.statements.StatementMatch;
import org.factdesk.analysis.statements.StatementScorer;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Ids;
import org.factdesk.model.Origin;
import org.factdesk.model.Suggestion;
import org.factdesk.model.SuggestionState;
import org.factdesk.store.SuggestionStore;
import org.factdesk.text.Targets;

/**
 * The analyser's suggestions on a project's documents: finding them (figures, attributions, check-worthy
 * statements), accepting one as a claim with origin {@code suggested}, rejecting one for good. Accepting and
 * rejecting are undoable actions; a span once suggested is never proposed again, whatever became of it.
 */
public final class SuggestionService {

    private final Workspace workspace;
    private final FigureDetector figures = new FigureDetector();
    private final AttributionDetector attributions = new AttributionDetector();
    private final StatementScorer statements = new StatementScorer();

    SuggestionService(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Runs the detectors on a document's text and saves the suggestions whose span is new: a span suggested before,
     * pending, accepted or rejected, is skipped, and so is a span the user already marked as a claim of the same
     * kind. Cancelling (checked between detectors) saves nothing.
     *
     * @return how many new suggestions were saved
     */
    public int analyze(String documentId, Monitor monitor) throws ServiceException {
        Document document = workspace.documents().get(documentId);
        String text = document.text();
        // one segmentation shared by the attributions and the statements
        AnalysedText analysed = new AnalysedText(text, document.language());
        List<Suggestion> found = new ArrayList<>();
        monitor.progress(0.02);
        for (FigureMatch match : figures.find(text, document.language())) {
            found.add(suggestion(document, ClaimKind.FIGURE, match.start(), match.end(), null, match.figure(), null));
        }
        monitor.checkCancelled();
        monitor.progress(0.35);
        for (AttributionMatch match : attributions.find(analysed)) {
            found.add(suggestion(document, ClaimKind.ATTRIBUTION, match.start(), match.end(), match.attribution(),
                    null, null));
        }
        monitor.checkCancelled();
        monitor.progress(0.65);
        for (StatementMatch match : statements.proposals(analysed)) {
            double score = Math.max(0, Math.min(1, match.score()));
            found.add(suggestion(document, ClaimKind.STATEMENT, match.start(), match.end(), null, null, score));
        }
        monitor.checkCancelled();
        monitor.progress(0.9);
        Set<String> marked = new HashSet<>();
        for (Claim claim : workspace.store().claims().listByDocument(document.id())) {
            marked.add(spanKey(claim.kind(), claim.target().start(), claim.target().end()));
        }
        found.removeIf(s -> s.target().start() >= s.target().end()
                || marked.contains(spanKey(s.kind(), s.target().start(), s.target().end())));
        int added = workspace.write(null, audit -> workspace.store().suggestions().insertAll(found));
        monitor.progress(1);
        return added;
    }

    private static Suggestion suggestion(Document document, ClaimKind kind, int start, int end,
            Attribution attribution, org.factdesk.model.Figure figure, Double score) {
        return new Suggestion(Ids.newId(), document.id(), kind, Targets.of(document.text(), start, end), attribution,
                figure, score, SuggestionState.PENDING, null);
    }

    private static String spanKey(ClaimKind kind, int start, int end) {
        return kind.id() + ':' + start + ':' + end;
    }

    /** The document's suggestions still waiting for a decision, in document order. */
    public List<Suggestion> pending(String documentId) {
        return workspace.store().suggestions().listByDocument(documentId, SuggestionState.PENDING);
    }

    /** Whether the document was ever analysed (it has suggestions, whatever their state). */
    public boolean analysed(String documentId) {
        return workspace.store().suggestions().hasAny(documentId);
    }

    /**
     * Accepts a pending suggestion: it becomes an unverified claim with origin {@code suggested} carrying the
     * suggestion's figure or attribution details. One undoable action: undo removes the claim and makes the
     * suggestion pending again.
     *
     * @return the new claim
     */
    public Claim accept(String suggestionId) throws ServiceException {
        Suggestion suggestion = pendingSuggestion(suggestionId);
        return workspace.write(HistoryService.ACCEPT, audit -> acceptInside(suggestion, audit));
    }

    /**
     * Accepts every pending suggestion of one kind on a document, as one transaction and one undoable action.
     *
     * @return the new claims, in document order
     */
    public List<Claim> acceptAll(String documentId, ClaimKind kind) throws ServiceException {
        List<Suggestion> chosen = pending(documentId).stream().filter(s -> s.kind() == kind).toList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        return workspace.write(HistoryService.ACCEPT_ALL, audit -> {
            List<Claim> claims = new ArrayList<>(chosen.size());
            for (Suggestion suggestion : chosen) {
                claims.add(acceptInside(suggestion, audit));
            }
            return claims;
        });
    }

    private Claim acceptInside(Suggestion suggestion, AuditRecorder audit) {
        Claim claim = Claim.create(suggestion.documentId(), suggestion.kind(), suggestion.target(), audit.author(),
                Origin.SUGGESTED, audit.at());
        if (suggestion.attribution() != null && suggestion.kind() == ClaimKind.ATTRIBUTION) {
            claim = claim.withAttribution(suggestion.attribution());
        }
        if (suggestion.figure() != null && suggestion.kind() == ClaimKind.FIGURE) {
            claim = claim.withFigure(suggestion.figure());
        }
        workspace.store().claims().insert(claim);
        audit.claimAdded(claim);
        Suggestion accepted = suggestion.withState(SuggestionState.ACCEPTED, claim.id());
        workspace.store().suggestions().setState(suggestion.id(), SuggestionState.ACCEPTED, claim.id());
        audit.suggestionChanged(suggestion, accepted);
        return claim;
    }

    /**
     * Rejects a pending suggestion: it is no longer shown and its span is never proposed again. Undoable.
     *
     * @return the suggestion as now rejected
     */
    public Suggestion reject(String suggestionId) throws ServiceException {
        Suggestion suggestion = pendingSuggestion(suggestionId);
        return workspace.write(HistoryService.REJECT, audit -> {
            Suggestion rejected = suggestion.withState(SuggestionState.REJECTED, null);
            workspace.store().suggestions().setState(suggestion.id(), SuggestionState.REJECTED, null);
            audit.suggestionChanged(suggestion, rejected);
            return rejected;
        });
    }

    private Suggestion pendingSuggestion(String suggestionId) throws ServiceException {
        SuggestionStore store = workspace.store().suggestions();
        Suggestion suggestion = store.find(suggestionId)
                .orElseThrow(() -> new ServiceException("No suggestion " + suggestionId + " in this project."));
        if (suggestion.state() != SuggestionState.PENDING) {
            throw new ServiceException("The suggestion \"" + suggestion.target().exact() + "\" was already "
                    + suggestion.state().id() + ". Nothing was changed.");
        }
        return suggestion;
    }

    /**
     * The people and organisations quoted in a document, from its attribution claims and pending attribution
     * suggestions, with spelling variants grouped ("Pancheco Pardo" joins "Pacheco Pardo"), most quoted first.
     */
    public List<SpeakerSummary> speakers(String documentId) {
        List<Attribution> fromClaims = workspace.store().claims().listByDocument(documentId).stream()
                .filter(c -> c.kind() == ClaimKind.ATTRIBUTION && c.attribution() != null)
                .map(Claim::attribution).toList();
        List<Attribution> fromSuggestions = pending(documentId).stream()
                .filter(s -> s.kind() == ClaimKind.ATTRIBUTION && s.attribution() != null)
                .map(Suggestion::attribution).toList();
        List<AttributionMatch> all = new ArrayList<>();
        fromClaims.forEach(a -> all.add(new AttributionMatch(0, 0, a)));
        fromSuggestions.forEach(a -> all.add(new AttributionMatch(0, 0, a)));
        List<SpeakerSummary> summaries = new ArrayList<>();
        for (Speaker speaker : Speakers.group(all)) {
            Set<String> variants = new HashSet<>(speaker.variants());
            summaries.add(new SpeakerSummary(speaker.name(), speaker.variants(),
                    count(fromClaims, variants), count(fromSuggestions, variants)));
        }
        return summaries;
    }

    private static int count(List<Attribution> attributions, Set<String> variants) {
        int count = 0;
        for (Attribution attribution : attributions) {
            if (attribution.speaker() != null && variants.contains(attribution.speaker().strip())) {
                count++;
            }
        }
        return count;
    }
}
