package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2026-11-25T10:00:00Z", "2024-02-29T23:59:59.999Z",
        "2000-03-01T00:00:00.000001Z", "1969-12-31T23:59:59.123456789Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.5Z", "+10000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z", "1600-02-29T12:00:00.010Z"})
    void writesWhatInstantToStringWrites(String text) {
        Instant instant = Instant.parse(text);
        assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void agreesWithInstantToStringOnRandomInstants(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
        }
    }
}
