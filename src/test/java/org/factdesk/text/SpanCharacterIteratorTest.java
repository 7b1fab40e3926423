package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A span iterator moves and answers exactly as a StringCharacterIterator over the span's substring. */
class SpanCharacterIteratorTest {

    @Test
    void walksASpanAsAStringIteratorWalksItsSubstring() {
        Random random = new Random(11);
        String text = "«Hola», dijo el Sr. Pérez. Adiós.";
        for (int round = 0; round < 2000; round++) {
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            int position = random.nextInt(end - start + 1);
            CharacterIterator expected = new StringCharacterIterator(text.substring(start, end), position);
            CharacterIterator span = new SpanCharacterIterator(text, start, end, position);
            for (int step = 0; step < 20; step++) {
                int move = random.nextInt(6);
                char want = switch (move) {
                    case 0 -> expected.next();
                    case 1 -> expected.previous();
                    case 2 -> expected.first();
                    case 3 -> expected.last();
                    case 4 -> expected.current();
                    default -> expected.setIndex(position);
                };
                char got = switch (move) {
                    case 0 -> span.next();
                    case 1 -> span.previous();
                    case 2 -> span.first();
                    case 3 -> span.last();
                    case 4 -> span.current();
                    default -> span.setIndex(position);
                };
                assertThat(got).isEqualTo(want);
                assertThat(span.getIndex()).isEqualTo(expected.getIndex());
                assertThat(span.getBeginIndex()).isEqualTo(expected.getBeginIndex());
                assertThat(span.getEndIndex()).isEqualTo(expected.getEndIndex());
            }
            CharacterIterator copy = (CharacterIterator) span.clone();
            span.first();
            assertThat(copy.getIndex()).isEqualTo(expected.getIndex());
        }
    }
}
