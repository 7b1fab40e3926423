package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Attribution;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Ids;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Suggestion;
import org.factdesk.model.SuggestionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions are kept with their state, and a rejected span is never proposed again. */
class SuggestionStoreTest {

    @TempDir
    Path folder;

    @Test
    void aRejectedSpanIsNotInsertedAgain() throws Exception {
        Document document = StoreFixtures.document();
        try (ProjectStore store = ProjectStore.create(folder.resolve("s.factdesk"))) {
            store.documents().insert(document);
            Suggestion figure = figure(document.id());
            Suggestion attribution = attribution(document.id());
            assertThat(store.suggestions().insertAll(List.of(figure, attribution))).isEqualTo(2);

            store.suggestions().setState(figure.id(), SuggestionState.REJECTED, null);
            assertThat(store.suggestions().isRejected(document.id(), ClaimKind.FIGURE, figure.target().start(),
                    figure.target().end())).isTrue();
            assertThat(store.suggestions().isRejected(document.id(), ClaimKind.STATEMENT, figure.target().start(),
                    figure.target().end())).isFalse();

            // The analyser runs again and proposes the same spans with new ids.
            Suggestion again = new Suggestion(Ids.newId(), document.id(), ClaimKind.FIGURE, figure.target(), null,
                    figure.figure(), null, SuggestionState.PENDING, null);
            Suggestion fresh = new Suggestion(Ids.newId(), document.id(), ClaimKind.STATEMENT,
                    StoreFixtures.target(StoreFixtures.TEXT, "Fin."), null, null, 0.75, null, null);
            assertThat(store.suggestions().insertAll(List.of(again, fresh))).isEqualTo(1);

            assertThat(store.suggestions().listByDocument(document.id(), SuggestionState.REJECTED))
                    .containsExactly(figure.withState(SuggestionState.REJECTED, null));
            assertThat(store.suggestions().listByDocument(document.id(), SuggestionState.PENDING))
                    .containsExactlyInAnyOrder(attribution, fresh);
            assertThat(store.suggestions().listByDocument(document.id(), null)).hasSize(3);
        }
    }

    @Test
    void anAcceptedSuggestionRemembersItsClaim() throws Exception {
        Document document = StoreFixtures.document();
        Path file = folder.resolve("accept.factdesk");
        Suggestion attribution = attribution(document.id());
        try (ProjectStore store = ProjectStore.create(file)) {
            store.documents().insert(document);
            store.suggestions().insertAll(List.of(attribution));
            store.suggestions().setState(attribution.id(), SuggestionState.ACCEPTED, "claim-1");
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.suggestions().listByDocument(document.id(), SuggestionState.ACCEPTED))
                    .containsExactly(attribution.withState(SuggestionState.ACCEPTED, "claim-1"));
        }
    }

    private static Suggestion figure(String documentId) {
        return new Suggestion(Ids.newId(), documentId, ClaimKind.FIGURE,
                StoreFixtures.target(StoreFixtures.TEXT, "casi la mitad"), null,
                new Figure(new BigDecimal("0.5"), "fraction", FigureType.FRACTION, Qualifier.NEARLY, null, "≈ 50 %"),
                null, SuggestionState.PENDING, null);
    }

    private static Suggestion attribution(String documentId) {
        int speaker = StoreFixtures.TEXT.indexOf("Kim");
        return new Suggestion(Ids.newId(), documentId, ClaimKind.ATTRIBUTION,
                StoreFixtures.target(StoreFixtures.TEXT, "casi la mitad de la población 😀 estaba desnutrida"),
                new Attribution("Kim", speaker, speaker + 3, null, "dijo", true, null), null, null, null, null);
    }
}
