package dev.lifeguard.insights;

/**
 * Action items across incidents.
 *
 * @param open              items open or in progress
 * @param done              items done
 * @param wontDo            items the team decided not to do (neither open nor done)
 * @param overdue           open or in-progress items due before the day the trends are read on
 * @param medianDaysToClose median days from the incident's start day (UTC) to the day a done item was closed, over
 *                          done items with a recorded closing day ({@code null} when none has one)
 * @param closedWithDate    how many done items have a closing day (the median's sample size)
 */
public record ActionItemFigures(
        int open, int done, int wontDo, int overdue, Double medianDaysToClose, int closedWithDate) {

    public ActionItemFigures {
        if (open < 0 || done < 0 || wontDo < 0 || overdue < 0 || closedWithDate < 0) {
            throw new IllegalArgumentException("action item counts must be ≥ 0");
        }
        if (overdue > open) {
            throw new IllegalArgumentException("overdue (" + overdue + ") exceeds open (" + open + ")");
        }
    }
}
