package dev.lifeguard.desktop.workbench.watch;

import dev.lifeguard.incident.Severity;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertSeverity;
import java.net.URI;
import java.util.List;

/**
 * What an incident declared from a watch is called and how severe it is, decided from the alerts fired so far.
 *
 * <p>Severity follows the worst alert, not the first: a watch whose first alert is a warning and whose next
 * (in the same scrape or later, before declaring) is critical declares SEV2. A critical alert maps to SEV2 and
 * anything less to SEV3; SEV1 is never chosen by a watch, because the alerts measure a pool, not how many users
 * are affected, and that judgement stays with the person on call (they raise it in the workspace).
 */
public final class DeclarationRules {

    private DeclarationRules() {}

    /** SEV2 when any of {@code alerts} is critical, else SEV3 (also with no alert at all). */
    public static Severity severity(List<Alert> alerts) {
        return alerts.stream().anyMatch(a -> a.severity() == AlertSeverity.CRITICAL) ? Severity.SEV2 : Severity.SEV3;
    }

    /**
     * The title typed when it is not blank; else named after the first alert's pool and rule; else, with no alert
     * yet, after the endpoint's host and port.
     */
    public static String title(String typed, List<Alert> alerts, URI endpoint) {
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
        return alerts.isEmpty() ? "Live watch of " + endpoint.getAuthority() : suggestedTitle(alerts.get(0));
    }

    /** The title an incident gets from its first alert: {@code Pool alert on POOL: RULE}. */
    public static String suggestedTitle(Alert first) {
        return "Pool alert on " + first.pool() + ": " + first.rule();
    }
}
