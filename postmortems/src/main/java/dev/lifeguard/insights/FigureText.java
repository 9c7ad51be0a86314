package dev.lifeguard.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How trend figures read in tables, the console and documents: one decimal at most, a dash for "none". */
public final class FigureText {

    /** What a figure that cannot be computed shows. */
    public static final String NONE = "–";

    private FigureText() {}

    /** {@code 20.0} → "20", {@code 36.84} → "36.8", {@code null} → "–". */
    public static String of(Double value) {
        if (value == null) {
            return NONE;
        }
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
