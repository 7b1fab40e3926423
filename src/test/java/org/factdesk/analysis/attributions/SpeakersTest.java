package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.model.Attribution;
import org.factdesk.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Grouping the speakers of attributions: variants of one name count as one speaker. */
class SpeakersTest {

    static Stream<Arguments> sameSpeaker() {
        return Stream.of(
                // a, b, same
                Arguments.of("Pancheco Pardo", "Pacheco Pardo", true),
                Arguments.of("Pancheco Pardo", "Ramón Pacheco Pardo", true),
                Arguments.of("Pardo", "Ramón Pacheco Pardo", true),
                Arguments.of("Wang", "Wang Son-taek", true),
                Arguments.of("el Kremlin", "Kremlin", true),
                Arguments.of("the Federal Reserve", "Federal Reserve", true),
                Arguments.of("JEROME POWELL", "Jerome Powell", true),
                Arguments.of("Wang", "Yang", false),
                Arguments.of("Wang Son-taek", "Yang Moo-jin", false),
                Arguments.of("Ana Gómez", "Ana López", false),
                Arguments.of("expertos", "expertas", false),
                Arguments.of("Ramón", "Ramón Pacheco Pardo", true),
                Arguments.of("Smith", "Smyth", false));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @MethodSource("sameSpeaker")
    void namesAreTheSameSpeakerWhenOneIsPartOfTheOtherOrASlipAway(String a, String b, boolean same) {
        assertThat(Names.sameSpeaker(a, b)).isEqualTo(same);
        assertThat(Names.sameSpeaker(b, a)).isEqualTo(same);
    }

    @Test
    void variantsAreGroupedUnderTheMostCompleteNameMostFrequentFirst() {
        List<AttributionMatch> matches = new ArrayList<>();
        int at = 0;
        for (String speaker : List.of("Ramón Pacheco Pardo", "Pancheco Pardo", "Pacheco Pardo", "Wang Son-taek",
                "Wang", "Wang", "Wang", "Kremlin")) {
            matches.add(new AttributionMatch(at, at + 5,
                    new Attribution(speaker, null, null, null, "dijo", true, null)));
            at += 10;
        }
        matches.add(new AttributionMatch(90, 95, Attribution.empty()));

        List<Speaker> speakers = Speakers.group(matches);

        assertThat(speakers).extracting(Speaker::name).containsExactly("Wang Son-taek", "Ramón Pacheco Pardo",
                "Kremlin");
        assertThat(speakers).extracting(Speaker::count).containsExactly(4, 3, 1);
        assertThat(speakers.get(0).variants()).containsExactly("Wang", "Wang Son-taek");
        assertThat(speakers.get(1).variants()).containsExactlyInAnyOrder("Ramón Pacheco Pardo", "Pancheco Pardo",
                "Pacheco Pardo");
    }

    @Test
    void noMatchesGiveNoSpeakers() {
        assertThat(Speakers.group(List.of())).isEmpty();
    }

    @Test
    void theSampleArticleQuotesEachOfItsSourcesUnderOneName() throws Exception {
        String text = Files.readString(Path.of("assets/kim-putin-summit-es.txt"));

        List<Speaker> speakers = Speakers.group(new AttributionDetector().find(text, Language.ES));

        assertThat(speakers.get(0).name()).isEqualTo("Wang Son-taek");
        assertThat(speakers).extracting(Speaker::name).contains("Ramón Pacheco Pardo", "Matthew Miller",
                "Yang Moo-jin", "Adrienne Watson", "Kremlin", "expertos");
        assertThat(speakers).extracting(Speaker::name).doesNotContain("Pancheco Pardo", "Wang", "Miller");
        assertThat(speakers.stream().mapToInt(Speaker::count).sum()).isEqualTo(33);
    }
}
