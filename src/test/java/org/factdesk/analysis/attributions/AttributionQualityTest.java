package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.attributions.AttributionScorer.Score;
import org.factdesk.analysis.attributions.GoldAttributions.Case;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Test;

/** Measures attribution detection on the labelled texts and keeps it above a floor. */
class AttributionQualityTest {

    /** A little below what the detector reaches, so that a regression fails. */
    private static final double F1_FLOOR = 0.90;

    private final AttributionDetector detector = new AttributionDetector();

    @Test
    void attributionsWithTheirSpeakerReachTheFloorInBothLanguages() {
        Map<Language, Score> perLanguage = new LinkedHashMap<>();
        boolean verbose = Boolean.getBoolean("attributions.verbose");
        for (Case c : GoldAttributions.all()) {
            List<AttributionMatch> found = detector.find(c.text(), c.language());
            Score score = AttributionScorer.score(c.text(), c.gold(), found);
            System.out.println("attributions " + c.name() + ": " + score.summary());
            if (verbose) {
                score.misses.forEach(m -> System.out.println("   missed " + m));
                score.falseAlarms.forEach(m -> System.out.println("   extra  " + m));
            }
            perLanguage.computeIfAbsent(c.language(), l -> new Score()).add(score);
        }
        perLanguage.forEach((language, score) ->
                System.out.println("attributions " + language.code() + ": " + score.summary()));
        perLanguage.forEach((language, score) ->
                assertThat(score.f1()).as("attribution F1 in %s", language.code()).isGreaterThanOrEqualTo(F1_FLOOR));
    }
}
