package org.factdesk.analysis.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a written number is read: every value it may stand for in English or Spanish. */
class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023      | 2023",
        "1,000     | 1000 1",
        "1.000     | 1000 1",
        "3.5       | 3.5",
        "3,5       | 3.5",
        "1,000.5   | 1000.5",
        "1.000,5   | 1000.5",
        "1.000.000 | 1000000",
        "12,34     | 12.34",
    })
    void aNumberIsReadEveryWayItCanBe(String written, String expected) {
        List<Double> readings = Numbers.readings(written);
        assertThat(readings.stream().map(Numbers::canonical).collect(Collectors.joining(" "))).isEqualTo(expected);
    }
}
