package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Times read back from the file are exactly the instants that were written. */
class RowsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T10:14:03Z", "2026-11-24T10:14:03.100Z", "2026-11-24T10:14:03.123456Z",
        "2026-11-24T10:14:03.123456789Z", "1970-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
        "-0001-12-31T23:59:59.5Z", "2024-02-29T23:59:59.999Z"})
    void instantsReadBackAsWritten(String text) {
        Instant instant = Instant.parse(text);
        assertThat(Rows.instant(instant.toString(), "claim x")).isEqualTo(instant);
        assertThat(Rows.instant(text, "claim x")).isEqualTo(instant);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomInstantsOfFourDigitYearsReadBackAsWritten(long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    i % 2 == 0 ? 0 : random.nextInt(1_000_000_000));
            assertThat(Rows.instant(instant.toString(), "claim x")).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:14:03Z", "2026-11-24T24:00:00Z", "2026-00-10T10:14:03Z"})
    void impossibleDatesAndTimesFailClearly(String text) {
        assertThatThrownBy(() -> Rows.instant(text, "claim 3f2a9c1e…")).isInstanceOf(StoreException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-24T10:14:03Z", "2026-11-24 10:14:03Z", "yesterday"})
    void unreadableTimesFailClearly(String text) {
        assertThatThrownBy(() -> Rows.instant(text, "claim 3f2a9c1e…")).isInstanceOf(StoreException.class)
                .hasMessageContaining("claim 3f2a9c1e…").hasMessageContaining(text);
    }
}
