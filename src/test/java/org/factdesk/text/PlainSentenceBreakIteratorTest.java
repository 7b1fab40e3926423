package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The plain-text sentence iterator gives exactly ICU's boundaries, alone and under ICU's abbreviation filter. */
class PlainSentenceBreakIteratorTest {

    private static final String COMMON = "  .....!?,;:-\"'()«»“”¿¡aAbBzZéÉ019$%#/—–…·";
    private static final String[] ABBREVIATIONS = {"Mr. ", "Mrs. ", "Dr. ", "U.S. ", "Ph.D. ", "a.m. ", "p.m. ",
        "e.g. ", "etc. ", "No. ", "Jan. ", "Sr. ", "Sra. ", "EE. UU. ", "Inc. ", "vs. ", "U.S.A. ", "M. "};

    @Test
    void randomPlainTextIsCutWhereIcuCutsIt() {
        List<List<Character>> classes = plainCharsBySentenceBreakClass();
        Random random = new Random(20240611);
        for (ULocale locale : new ULocale[] {new ULocale("es"), ULocale.ENGLISH, ULocale.ROOT}) {
            BreakIterator icu = BreakIterator.getSentenceInstance(locale);
            BreakIterator icuFiltered = FilteredBreakIteratorBuilder.getInstance(locale)
                    .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
            PlainSentenceBreakIterator plain = new PlainSentenceBreakIterator();
            BreakIterator plainFiltered = FilteredBreakIteratorBuilder.getInstance(locale).wrapIteratorWithFilter(plain);
            for (int n = 0; n < 10_000; n++) {
                String text = randomText(random, classes);
                icu.setText(text);
                assertThat(plain.setPlainText(text)).isTrue();
                assertThat(boundaries(plain)).as(text).isEqualTo(boundaries(icu));
                icuFiltered.setText(text);
                plain.setPlainText(text);
                assertThat(boundaries(plainFiltered)).as(text).isEqualTo(boundaries(icuFiltered));
            }
        }
    }

    @Test
    void paragraphSeparatorsCombiningMarksFormatCharsAndSurrogatesAreNotPlain() {
        PlainSentenceBreakIterator plain = new PlainSentenceBreakIterator();

        assertThat(plain.setPlainText("Hola. Adiós.")).isTrue();
        assertThat(plain.setPlainText("Hola.\rAdiós.")).isFalse();
        assertThat(plain.setPlainText("Hola.\u2029Adiós.")).isFalse();
        assertThat(plain.setPlainText("Adio\u0301s.")).isFalse();
        assertThat(plain.setPlainText("Hola\u00AD. Adiós.")).isFalse();
        assertThat(plain.setPlainText("Hola 😀. Adiós.")).isFalse();
    }

    private static String randomText(Random random, List<List<Character>> classes) {
        int length = 1 + random.nextInt(random.nextBoolean() ? 12 : 60);
        int mode = random.nextInt(3);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int pick = random.nextInt(10);
            if (mode == 0 || mode == 2 && pick < 3) {
                List<Character> chars = classes.get(random.nextInt(classes.size()));
                text.append(chars.get(random.nextInt(chars.size())));
            } else if (mode == 2 && pick == 3) {
                text.append(ABBREVIATIONS[random.nextInt(ABBREVIATIONS.length)]);
            } else {
                text.append(COMMON.charAt(random.nextInt(COMMON.length())));
            }
        }
        return text.toString();
    }

    /** Every BMP char that plain text may hold, by its sentence-break class. */
    private static List<List<Character>> plainCharsBySentenceBreakClass() {
        Map<Integer, List<Character>> byClass = new TreeMap<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int type = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
            boolean plain = !Character.isSurrogate((char) c) && type != UCharacter.SentenceBreak.SEP
                    && type != UCharacter.SentenceBreak.CR && type != UCharacter.SentenceBreak.LF
                    && type != UCharacter.SentenceBreak.EXTEND && type != UCharacter.SentenceBreak.FORMAT;
            if (plain) {
                byClass.computeIfAbsent(type, t -> new ArrayList<>()).add((char) c);
            }
        }
        return new ArrayList<>(byClass.values());
    }

    private static List<Integer> boundaries(BreakIterator breaker) {
        List<Integer> boundaries = new ArrayList<>();
        boundaries.add(breaker.first());
        for (int b = breaker.next(); b != BreakIterator.DONE; b = breaker.next()) {
            boundaries.add(b);
        }
        return boundaries;
    }
}
