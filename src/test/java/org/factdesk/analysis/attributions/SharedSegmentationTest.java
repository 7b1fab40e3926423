package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.AnalysedText;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Test;

/** Attributions found on a text whose sentences are shared with the other analysers are the ones found alone. */
class SharedSegmentationTest {

    private final AttributionDetector detector = new AttributionDetector();

    @Test
    void everyGoldTextGivesTheSameAttributionsWithASharedSegmentation() {
        List<GoldAttributions.Case> cases = new ArrayList<>(GoldAttributions.all());
        for (int batch = 1; batch <= 6; batch++) {
            cases.addAll(GoldAttributions.heldOut(batch));
        }
        for (GoldAttributions.Case c : cases) {
            AnalysedText analysed = new AnalysedText(c.text(), c.language());
            analysed.sentences();
            assertThat(detector.find(analysed)).as(c.name()).isEqualTo(detector.find(c.text(), c.language()));
        }
        assertThat(cases).hasSizeGreaterThan(10);
    }

    @Test
    void undeterminedLanguageUsesBothLanguagesAsBefore() {
        String text = "«Vamos a ganar», dijo el ministro Juan Pérez. \"We will win,\" said Mary Smith.\n";
        assertThat(detector.find(new AnalysedText(text, null))).isEqualTo(detector.find(text, null)).isNotEmpty();
    }
}
