package dev.lifeguard.ingest.log;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of log line worth a timeline entry. Each has cheap literal anchors (looked for in every line at byte
 * level) and a pattern that confirms a line the anchors flagged, so most lines are never decoded.
 */
public enum LogSignature {
    HIKARI_TIMEOUT("HikariCP connection timeout",
            List.of("request timed out after"),
            "(?:(\\S+) - )?Connection is not available, request timed out after (\\d+)ms"),
    HIKARI_TIMEOUT_STATS("HikariCP timeout failure stats",
            List.of("Timeout failure stats ("),
            "(\\S+) - Timeout failure stats \\(total=(\\d+), active=(\\d+), idle=(\\d+), waiting=(\\d+)\\)"),
    HIKARI_POOL_STATS("HikariCP pool stats",
            List.of("stats (total="),
            "(\\S+) - [A-Za-z ]*?\\s*stats \\(total=(\\d+), active=(\\d+), idle=(\\d+), waiting=(\\d+)\\)"),
    HIKARI_LEAK("HikariCP connection leak",
            List.of("Apparent connection leak detected", "Connection leak detection triggered"),
            "Apparent connection leak detected|Connection leak detection triggered"),
    HIKARI_VALIDATION("HikariCP failed connection validation",
            List.of("Failed to validate connection"),
            "Failed to validate connection"),
    SQLALCHEMY_QUEUEPOOL("SQLAlchemy QueuePool limit reached",
            List.of("QueuePool limit of size"),
            "QueuePool limit of size (\\d+) overflow (-?\\d+) reached"),
    MYSQL_TOO_MANY_CONNECTIONS("MySQL too many connections (1040)",
            List.of("Too many connections", "1040"),
            "Too many connections|(?:ERROR|[Ee]rror|errno|[Cc]ode)\\W{0,3}1040\\b|\\(1040\\b"),
    POSTGRES_TOO_MANY_CLIENTS("PostgreSQL too many clients",
            List.of("too many clients already", "remaining connection slots are reserved"),
            "sorry, too many clients already|remaining connection slots are reserved"),
    HTTP_5XX("HTTP 5xx responses",
            List.of("\" 5", "status=5", "status\":5", "status\": 5", "status\":\"5"),
            "\" 5\\d\\d |status\"?\\s*[=:]\\s*\"?5\\d\\d\\b");

    private final String label;
    private final List<String> anchors;
    private final Pattern confirm;

    LogSignature(String label, List<String> anchors, String confirm) {
        this.label = label;
        this.anchors = anchors;
        this.confirm = Pattern.compile(confirm);
    }

    /** A name for summaries and timeline text. */
    public String label() {
        return label;
    }

    /** Literal strings, one of which every matching line contains. */
    public List<String> anchors() {
        return anchors;
    }

    /** The pattern a flagged line must match (its groups carry the numbers the line holds). */
    public Pattern confirm() {
        return confirm;
    }
}
