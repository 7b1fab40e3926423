package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Origin;
import org.factdesk.model.Suggestion;
import org.factdesk.model.SuggestionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions on a real project: analysed once, accepted as claims, rejected for good, all undoable. */
class SuggestionServiceTest {

    @TempDir
    Path dir;

    private Workspace sample() throws ServiceException {
        return WorkspaceFixtures.sample(dir.resolve("p.factdesk"), WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"));
    }

    private static String firstDocument(Workspace workspace) {
        return workspace.documents().list().get(0).id();
    }

    private static Suggestion first(List<Suggestion> suggestions, ClaimKind kind) {
        return suggestions.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void analysingTheSampleSuggestsEveryKindWithUtf16SpansAndDetails() throws Exception {
        try (Workspace workspace = sample()) {
            String doc = firstDocument(workspace);
            assertThat(workspace.suggestions().analysed(doc)).isFalse();
            int added = workspace.suggestions().analyze(doc, Monitor.NONE);
            List<Suggestion> pending = workspace.suggestions().pending(doc);
            assertThat(added).isEqualTo(pending.size()).isPositive();
            assertThat(workspace.suggestions().analysed(doc)).isTrue();
            assertThat(pending).extracting(Suggestion::kind).contains(ClaimKind.FIGURE, ClaimKind.ATTRIBUTION,
                    ClaimKind.STATEMENT);
            String text = workspace.documents().get(doc).text();
            for (Suggestion s : pending) {
                assertThat(text.substring(s.target().start(), s.target().end())).isEqualTo(s.target().exact());
            }
            assertThat(first(pending, ClaimKind.FIGURE).figure()).isNotNull();
            assertThat(first(pending, ClaimKind.ATTRIBUTION).attribution()).isNotNull();
            assertThat(first(pending, ClaimKind.STATEMENT).score()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void reanalysingProposesNothingNew() throws Exception {
        try (Workspace workspace = sample()) {
            String doc = firstDocument(workspace);
            workspace.suggestions().analyze(doc, Monitor.NONE);
            int before = workspace.suggestions().pending(doc).size();
            assertThat(workspace.suggestions().analyze(doc, Monitor.NONE)).isZero();
            assertThat(workspace.suggestions().pending(doc)).hasSize(before);
        }
    }

    @Test
    void acceptingMakesASuggestedClaimWithTheDetailsAndUndoRedoFollow() throws Exception {
        try (Workspace workspace = sample()) {
            String doc = firstDocument(workspace);
            workspace.suggestions().analyze(doc, Monitor.NONE);
            Suggestion figure = first(workspace.suggestions().pending(doc), ClaimKind.FIGURE);

            Claim claim = workspace.suggestions().accept(figure.id());
            assertThat(claim.origin()).isEqualTo(Origin.SUGGESTED);
            assertThat(claim.kind()).isEqualTo(ClaimKind.FIGURE);
            assertThat(claim.target()).isEqualTo(figure.target());
            assertThat(claim.figure()).isEqualTo(figure.figure());
            assertThat(workspace.claims().list(doc)).containsExactly(claim);
            assertThat(workspace.suggestions().pending(doc)).extracting(Suggestion::id).doesNotContain(figure.id());
            assertThat(workspace.history().state().undoLabel()).isEqualTo("suggestion.accept");

            workspace.history().undo();
            assertThat(workspace.claims().list(doc)).isEmpty();
            assertThat(workspace.suggestions().pending(doc)).extracting(Suggestion::id).contains(figure.id());

            workspace.history().redo();
            assertThat(workspace.claims().list(doc)).extracting(Claim::id).containsExactly(claim.id());
            assertThat(workspace.store().suggestions().find(figure.id()).orElseThrow())
                    .extracting(Suggestion::state, Suggestion::claimId)
                    .containsExactly(SuggestionState.ACCEPTED, claim.id());
        }
    }

    @Test
    void anAttributionIsAcceptedWithItsSpeaker() throws Exception {
        try (Workspace workspace = sample()) {
            String doc = firstDocument(workspace);
            workspace.suggestions().analyze(doc, Monitor.NONE);
            Suggestion attribution = first(workspace.suggestions().pending(doc), ClaimKind.ATTRIBUTION);
            Claim claim = workspace.suggestions().accept(attribution.id());
            assertThat(claim.attribution()).isEqualTo(attribution.attribution());
            assertThat(claim.attribution().speaker()).isNotBlank();
        }
    }

    @Test
    void aRejectedSpanIsRememberedAndNeverProposedAgainUnlessTheRejectionIsUndone() throws Exception {
        try (Workspace workspace = sample()) {
            String doc = firstDocument(workspace);
            workspace.suggestions().analyze(doc, Monitor.NONE);
            Suggestion statement = first(workspace.suggestions().pending(doc), ClaimKind.STATEMENT);

            workspace.suggestions().reject(statement.id());
            assertThat(workspace.suggestions().pending(doc)).extracting(Suggestion::id).doesNotContain(statement.id());
            assertThat(workspace.suggestions().analyze(doc, Monitor.NONE)).isZero();
            assertThat(workspace.suggestions().pending(doc)).noneMatch(s -> s.kind() == statement.kind()
                    && s.target().start() == statement.target().start()
                    && s.target().end() == statement.target().end());
            assertThat(workspace.claims().list(doc)).isEmpty();

            workspace.history().undo();
            assertThat(workspace.suggestions().pending(doc)).extracting(Suggestion::id).contains(statement.id());
            workspace.history().redo();
            assertThat(workspace.suggestions().pending(doc)).extracting(Suggestion::id).doesNotContain(statement.id());
            assertThatThrownBy(() -> workspace.suggestions().accept(statement.id()))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("already rejected");
        }
    }

    @Test
    void acceptAllOfAKindIsOneActionAndOneUndo() throws Exception {
        try (Workspace workspace = sample()) {
            String doc = firstDocument(workspace);
            workspace.suggestions().analyze(doc, Monitor.NONE);
            List<Suggestion> pending = workspace.suggestions().pending(doc);
            long figures = pending.stream().filter(s -> s.kind() == ClaimKind.FIGURE).count();

            List<Claim> claims = workspace.suggestions().acceptAll(doc, ClaimKind.FIGURE);
            assertThat(claims).hasSize((int) figures).allMatch(c -> c.origin() == Origin.SUGGESTED
                    && c.kind() == ClaimKind.FIGURE);
            assertThat(workspace.suggestions().pending(doc)).noneMatch(s -> s.kind() == ClaimKind.FIGURE)
                    .hasSize(pending.size() - (int) figures);

            workspace.history().undo();
            assertThat(workspace.claims().list(doc)).isEmpty();
            assertThat(workspace.suggestions().pending(doc)).hasSize(pending.size());
            assertThat(workspace.history().state().canUndo()).isFalse();
        }
    }

    @Test
    void aSpanAlreadyMarkedByHandIsNotSuggested() throws Exception {
        try (Workspace workspace = sample()) {
            String doc = firstDocument(workspace);
            String text = workspace.documents().get(doc).text();
            int start = text.indexOf("casi la mitad");
            workspace.claims().mark(doc, ClaimKind.FIGURE, start, start + "casi la mitad".length());
            workspace.suggestions().analyze(doc, Monitor.NONE);
            assertThat(workspace.suggestions().pending(doc)).noneMatch(s -> s.kind() == ClaimKind.FIGURE
                    && s.target().start() == start && s.target().end() == start + "casi la mitad".length());
        }
    }

    @Test
    void cancellingAnalysisSavesNothing() throws Exception {
        try (Workspace workspace = sample()) {
            String doc = firstDocument(workspace);
            Monitor cancelled = new Monitor() {
                @Override
                public void progress(double fraction) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> workspace.suggestions().analyze(doc, cancelled))
                    .isInstanceOf(CancelledException.class);
            assertThat(workspace.suggestions().analysed(doc)).isFalse();
        }
    }

    @Test
    void speakersGroupVariantsAndCountClaimsAndSuggestions() throws Exception {
        try (Workspace workspace = sample()) {
            String doc = firstDocument(workspace);
            workspace.suggestions().analyze(doc, Monitor.NONE);
            workspace.suggestions().accept(first(workspace.suggestions().pending(doc), ClaimKind.ATTRIBUTION).id());
            List<SpeakerSummary> speakers = workspace.suggestions().speakers(doc);
            assertThat(speakers).isNotEmpty();
            assertThat(speakers.stream().mapToInt(SpeakerSummary::claims).sum()).isEqualTo(1);
            long attributions = workspace.suggestions().pending(doc).stream()
                    .filter(s -> s.kind() == ClaimKind.ATTRIBUTION && s.attribution().speaker() != null).count();
            assertThat(speakers.stream().mapToInt(SpeakerSummary::suggestions).sum()).isEqualTo((int) attributions);
            assertThat(speakers).allSatisfy(s -> assertThat(s.variants()).contains(s.name()));
        }
    }
}
