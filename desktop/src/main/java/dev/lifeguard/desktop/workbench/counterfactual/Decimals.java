package dev.lifeguard.desktop.workbench.counterfactual;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a person types them: whole numbers without a point, others to four significant digits. */
public final class Decimals {

    private Decimals() {}

    /** {@code 250} for 250.0, {@code 0.125} for 0.125, {@code 3.333} for 10/3. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
