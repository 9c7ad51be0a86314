package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Checks;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL team store.
 *
 * @param host       server host name or address
 * @param port       server port
 * @param database   database name
 * @param user       role to log in as
 * @param password   the password, or {@code null} when the server needs none; never printed
 * @param parameters driver connection parameters passed through as given (sslmode, sslrootcert, …), in pgjdbc's
 *                   names
 */
public record PostgresTarget(
        String host,
        int port,
        String database,
        String user,
        @Nullable String password,
        Map<String, String> parameters) implements StoreTarget {

    /** PostgreSQL's default port. */
    public static final int DEFAULT_PORT = 5432;

    public PostgresTarget {
        Checks.notBlank(host, "store host");
        Checks.notBlank(database, "store database");
        Checks.notBlank(user, "store user");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("store port must be 1..65535, was " + port);
        }
        parameters = Map.copyOf(parameters);
    }

    /** The same target with another password (from PGPASSWORD or ~/.pgpass). */
    public PostgresTarget withPassword(String newPassword) {
        return new PostgresTarget(host, port, database, user, newPassword, parameters);
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    /** The JDBC URL without user or password (those go in {@link #connectionProperties()}). */
    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + PostgresUri.encode(database);
    }

    /** User, password and the pass-through parameters, as pgjdbc takes them. */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        properties.putAll(parameters);
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    @Override
    public String display() {
        StringBuilder uri = new StringBuilder("postgresql://")
                .append(PostgresUri.encode(user))
                .append('@')
                .append(host.contains(":") ? "[" + host + "]" : host)
                .append(':')
                .append(port)
                .append('/')
                .append(PostgresUri.encode(database));
        String separator = "?";
        for (Map.Entry<String, String> p : new TreeMap<>(parameters).entrySet()) {
            if (!p.getKey().toLowerCase(Locale.ROOT).contains("password")) {
                uri.append(separator).append(p.getKey()).append('=').append(PostgresUri.encode(p.getValue()));
                separator = "&";
            }
        }
        return uri.toString();
    }

    /** The display form: a target's password must never reach a log through string concatenation. */
    @Override
    public String toString() {
        return display();
    }
}
