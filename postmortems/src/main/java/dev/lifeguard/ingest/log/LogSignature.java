package dev.lifeguard.ingest.log;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of log line worth a timeline entry. Each has 8-byte literal anchors, searched for in the raw bytes
 * with skips (so most bytes are never looked at and most lines never decoded), and a pattern that confirms a
 * line the anchors flagged. Anchors are slices chosen to end in byte pairs rare in ordinary log text, which
 * keeps the skips long.
 */
public enum LogSignature {
    HIKARI_TIMEOUT(
            "HikariCP connection timeout",
            List.of("d out af"),
            "Connection is not available, request timed out after (\\d+)ms"),
    HIKARI_TIMEOUT_STATS(
            "HikariCP timeout failure stats",
            List.of(" (total="),
            "Timeout failure stats \\(total=(\\d+), active=(\\d+), idle=(\\d+), waiting=(\\d+)\\)"),
    HIKARI_POOL_STATS(
            "HikariCP pool stats",
            List.of(" (total="),
            "stats \\(total=(\\d+), active=(\\d+), idle=(\\d+), waiting=(\\d+)\\)"),
    HIKARI_LEAK(
            "HikariCP connection leak",
            List.of("ion leak"),
            "Apparent connection leak detected|Connection leak detection triggered"),
    HIKARI_VALIDATION("HikariCP failed connection validation", List.of("o valida"), "Failed to validate connection"),
    SQLALCHEMY_QUEUEPOOL(
            "SQLAlchemy QueuePool limit reached",
            List.of("ool limi"),
            "QueuePool limit of size (\\d+) overflow (-?\\d+) reached"),
    MYSQL_TOO_MANY_CONNECTIONS(
            "MySQL too many connections (1040)",
            List.of("Too many", "ROR 1040"),
            "Too many connections|(?:ERROR|[Ee]rror|errno|[Cc]ode)\\W{0,3}1040\\b|\\(1040\\b"),
    POSTGRES_TOO_MANY_CLIENTS(
            "PostgreSQL too many clients",
            List.of("many cli", "ion slot"),
            "sorry, too many clients already|remaining connection slots are reserved"),
    HTTP_5XX(
            "HTTP 5xx responses",
            List.of(
                    "P/1.1\" 5",
                    "P/1.0\" 5",
                    "P/2.0\" 5",
                    "TTP/2\" 5",
                    "status=5",
                    "tatus\":5",
                    "atus\": 5",
                    "atus\":\"5"),
            "\" 5\\d\\d |status\"?\\s*[=:]\\s*\"?5\\d\\d\\b");

    private final String label;
    private final List<String> anchors;
    private final Pattern confirm;

    LogSignature(String label, List<String> anchors, String confirm) {
        for (String a : anchors) {
            if (a.length() != AnchorScanner.WIDTH) {
                throw new IllegalArgumentException("anchor '" + a + "' must be " + AnchorScanner.WIDTH + " bytes");
            }
        }
        this.label = label;
        this.anchors = anchors;
        this.confirm = Pattern.compile(confirm);
    }

    /** A name for summaries and timeline text. */
    public String label() {
        return label;
    }

    /** Literal 8-byte ASCII strings, one of which every matching line contains. */
    public List<String> anchors() {
        return anchors;
    }

    /**
     * The pattern a flagged line must match (its groups carry the numbers the line holds). Each starts with a
     * literal, so a search never backtracks over the whole line.
     */
    public Pattern confirm() {
        return confirm;
    }
}
