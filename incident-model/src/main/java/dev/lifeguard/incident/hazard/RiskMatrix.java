package dev.lifeguard.incident.hazard;

import dev.lifeguard.incident.Checks;

/**
 * The 5×5 clinical risk matrix of DCB0129/DCB0160: likelihood (1 very low … 5 very high) against
 * severity (1 minor … 5 catastrophic) gives a risk rating of 1 (very low) to 5 (very high).
 */
public final class RiskMatrix {

    /** Rows by likelihood 1..5, columns by severity 1..5, values are ratings 1..5. */
    private static final int[][] RATING = {
        {1, 1, 2, 2, 3},
        {1, 2, 2, 3, 4},
        {2, 2, 3, 3, 4},
        {2, 3, 3, 4, 5},
        {3, 4, 4, 5, 5},
    };

    /** Severity labels, 1..5. */
    public static final String[] SEVERITY_LABELS = {"Minor", "Significant", "Considerable", "Major", "Catastrophic"};

    /** Likelihood labels, 1..5. */
    public static final String[] LIKELIHOOD_LABELS = {"Very low", "Low", "Medium", "High", "Very high"};

    private RiskMatrix() {}

    /** The risk level for a severity and likelihood, each 1..5. */
    public static RiskLevel risk(int severity, int likelihood) {
        Checks.inRange(severity, 1, 5, "severity");
        Checks.inRange(likelihood, 1, 5, "likelihood");
        return RiskLevel.values()[RATING[likelihood - 1][severity - 1] - 1];
    }
}
