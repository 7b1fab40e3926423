package org.factdesk.model;

import java.math.BigDecimal;

/**
 * The details of a figure claim: "casi la mitad" is value 0.5, unit {@code fraction}, type {@link FigureType#FRACTION},
 * qualifier {@link Qualifier#NEARLY}, normalised "≈ 50 %". Every part may be {@code null} while the user has not
 * filled it in.
 *
 * @param unit {@code percent}, {@code fraction}, {@code people}, {@code year}, {@code USD}…
 * @param period the reference period the figure is about ("2019", "last quarter")
 * @param normalized a human-readable normal form ("≈ 50 %", "1.5 years", "2019-04")
 */
public record Figure(
        BigDecimal value,
        String unit,
        FigureType type,
        Qualifier qualifier,
        String period,
        String normalized) {

    public static Figure empty() {
        return new Figure(null, null, null, null, null, null);
    }
}
