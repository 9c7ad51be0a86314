package dev.lifeguard.desktop.survival;

import dev.lifeguard.desktop.whatif.PoolFields;
import dev.lifeguard.desktop.workbench.regress.RegressionReport;
import java.util.stream.Collectors;

/** The line stated above the results: the settings that produced them and the scope. */
final class RanWith {

    private RanWith() {}

    /** {@code Replayed with HikariCP maximumPoolSize 40, minimumIdle 40, …; service orders-api}. */
    static String describe(RegressionReport report) {
        var settings = PoolFields.of(report.proposed());
        String library = settings.isEmpty() ? "" : settings.get(0).category() + " ";
        return "Replayed with " + library
                + settings.stream().map(s -> s.key() + " " + s.text()).collect(Collectors.joining(", "))
                + "; " + (report.service() == null ? "every service" : "service " + report.service());
    }
}
