package dev.lifeguard.incident.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the PostgreSQL URIs people paste: libpq's {@code postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?…]} (also
 * {@code postgres://}) and pgjdbc's {@code jdbc:postgresql://HOST[:PORT]/DB[?user=…&password=…]}. Error messages
 * quote the input with its password masked.
 */
public final class PostgresUri {

    private static final Pattern PARAMETER_PASSWORD = Pattern.compile("(?i)([?&]password=)[^&#]*");

    /** libpq parameter names that pgjdbc spells differently. */
    private static final Map<String, String> LIBPQ_TO_JDBC = Map.of(
            "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName",
            "target_session_attrs", "targetServerType");

    private PostgresUri() {}

    /** True when {@code text} is a PostgreSQL URI rather than a file path. */
    public static boolean isUri(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://")
                || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql:");
    }

    /**
     * Parses a URI. The user defaults to {@code defaultUser} (the OS user, as psql does); the password may be
     * absent here and found later in PGPASSWORD or the password file.
     *
     * @throws IllegalArgumentException naming what is wrong, with the password masked
     */
    public static PostgresTarget parse(String text, String defaultUser) {
        String uri = text.strip();
        String lower = uri.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("jdbc:postgresql://")) {
            rest = uri.substring("jdbc:postgresql://".length());
        } else if (lower.startsWith("postgresql://")) {
            rest = uri.substring("postgresql://".length());
        } else if (lower.startsWith("postgres://")) {
            rest = uri.substring("postgres://".length());
        } else {
            throw bad(uri, "it must start with postgresql:// or jdbc:postgresql://");
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userinfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userinfo.indexOf(':');
            user = decode(colon >= 0 ? userinfo.substring(0, colon) : userinfo, uri, "user");
            password = colon >= 0 ? decode(userinfo.substring(colon + 1), uri, "password") : null;
        }
        if (rest.contains(",")) {
            throw bad(uri, "several hosts are not supported; name one server");
        }
        String host = rest;
        int port = PostgresTarget.DEFAULT_PORT;
        int portColon = rest.startsWith("[") ? rest.indexOf("]:") + 1 : rest.lastIndexOf(':');
        if (portColon > 0) {
            host = rest.substring(0, portColon);
            String portText = rest.substring(portColon + 1);
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw bad(uri, "port '" + portText + "' is not a number");
            }
            if (port < 1 || port > 65_535) {
                throw bad(uri, "port " + port + " is outside 1..65535");
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        host = decode(host, uri, "host");
        if (host.isBlank()) {
            host = "localhost";
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw bad(uri, "parameter '" + pair.replaceAll("(?i)password.*", "password") + "' has no value");
            }
            String key = decode(pair.substring(0, eq), uri, "parameter name");
            String value = decode(pair.substring(eq + 1), uri, key);
            switch (key) {
                case "user" -> user = value;
                case "password" -> password = value;
                case "dbname" -> path = value;
                case "host" -> host = value;
                case "port" -> {
                    try {
                        port = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw bad(uri, "port '" + value + "' is not a number");
                    }
                }
                default -> parameters.put(LIBPQ_TO_JDBC.getOrDefault(key, key), value);
            }
        }
        if (user == null || user.isBlank()) {
            user = defaultUser;
        }
        String database = decode(path, uri, "database");
        if (database.isBlank()) {
            database = user; // libpq's default: a database named after the user
        }
        try {
            return new PostgresTarget(host, port, database, user, password, parameters);
        } catch (IllegalArgumentException e) {
            throw bad(uri, Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }

    /** The URI with any password masked, for messages. */
    public static String redact(String text) {
        String masked = text;
        // Masks generously: from the user's colon to the last '@', so a password holding '@' or '/' hides whole.
        int start = text.indexOf("://");
        int lastAt = text.lastIndexOf('@');
        if (start >= 0 && lastAt > start) {
            int colon = text.indexOf(':', start + 3);
            if (colon >= 0 && colon < lastAt) {
                masked = text.substring(0, colon + 1) + "***" + text.substring(lastAt);
            }
        }
        return PARAMETER_PASSWORD.matcher(masked).replaceAll("$1***");
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String text, String uri, String field) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(uri, "the " + field + " has a malformed %-escape");
        }
    }

    private static IllegalArgumentException bad(String uri, String why) {
        return new IllegalArgumentException("store URI " + redact(uri) + ": " + why);
    }
}
