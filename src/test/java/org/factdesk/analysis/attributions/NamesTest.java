package org.factdesk.analysis.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        // a slip anywhere, with or without a shared beginning and end
        "pacheco, pancheco, 1",
        "garciab, garciac, 1",
        "garciaab, garciaxy, 2",
        "abgarcia, xygarcia, 2",
        "smith, smyth, 1",
        "kitten, sitting, 3",
        "osei-bonsu, osei-bonsu, 0",
        "sanchez, sanches, 1",
        "ana, anna, 1",
        "anna, ana, 1",
        "aaaa, aaa, 1"})
    void editDistanceIsLevenshteinWithinTheLimit(String a, String b, int distance) {
        assertThat(Names.editDistance(a, b, 3)).isEqualTo(distance);
        assertThat(Names.editDistance(b, a, 3)).isEqualTo(distance);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"garciaab, garciaxy", "pacheco, pardo", "delgado, delgadillo"})
    void aDistanceOverTheLimitIsReportedAsOverIt(String a, String b) {
        assertThat(Names.editDistance(a, b, 1)).isGreaterThan(1);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "Pacheco Pardo, Pancheco Pardo, true",
        "Ramón Pacheco Pardo, Pacheco Pardo, true",
        "Pedro García, Ana García, false",
        "Pedro Garcíab, Pedro Garcíac, true",
        "Pedro Garcíaab, Pedro Garcíaxy, false",
        "Wang, Wang Son-taek, true",
        "Son-taek, Wang Son-taek, true",
        "Kremlin, el Kremlin, true"})
    void namesAreTheSameSpeakerWithOneSlipAtMost(String a, String b, boolean same) {
        assertThat(Names.sameSpeaker(a, b)).isEqualTo(same);
    }
}
