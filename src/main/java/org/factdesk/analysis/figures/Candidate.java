package org.factdesk.analysis.figures;

import java.math.BigDecimal;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;

/** A figure being built by the parser: a token range and what has been read of it so far. */
final class Candidate {

    int startTok;
    int endTok;
    /** Matched only to be passed over (a code, a phone number, a label's number): never reported. */
    boolean skip;
    FigureType type;
    String unit;
    BigDecimal value;
    Qualifier qualifier = Qualifier.EXACT;
    /** The multiplier read from a scale word ("millones", "bn"), or {@code null}. */
    BigDecimal scale;
    /** A plain number with no unit, scale, currency or hedge: the first end of a range may borrow the second's. */
    boolean bare;
    int year;
    int month;
    int day;
    /** Normal form of a date or time, set by the parser; other types are formatted from their value. */
    String dateText;

    static Candidate skip(int from, int to) {
        Candidate c = new Candidate();
        c.startTok = from;
        c.endTok = to;
        c.skip = true;
        return c;
    }

    static Candidate of(int from, int to, FigureType type, String unit, BigDecimal value) {
        Candidate c = new Candidate();
        c.startTok = from;
        c.endTok = to;
        c.type = type;
        c.unit = unit;
        c.value = value;
        return c;
    }

    static Candidate date(int from, int to, int year, int month, int day) {
        Candidate c = of(from, to, FigureType.DATE, "date", null);
        c.year = year;
        c.month = month;
        c.day = day;
        return c;
    }
}
